import CLittleCMS
import Foundation

/// The sRGB ICC profile that a PDF/A OutputIntent names, made by Little CMS.
enum SRGBProfile {
  /// The profile's bytes (ICC version 2.1, which every PDF/A part accepts), or `nil` if Little
  /// CMS fails.
  static let bytes: Data? = {
    guard let profile = cmsCreate_sRGBProfile() else { return nil }
    defer { cmsCloseProfile(profile) }
    cmsSetProfileVersion(profile, 2.1)
    var size: cmsUInt32Number = 0
    guard cmsSaveProfileToMem(profile, nil, &size) != 0, size > 0 else { return nil }
    var data = Data(count: Int(size))
    let saved = data.withUnsafeMutableBytes { cmsSaveProfileToMem(profile, $0.baseAddress, &size) }
    return saved != 0 ? data : nil
  }()
}
