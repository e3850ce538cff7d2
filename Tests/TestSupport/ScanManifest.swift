import Foundation

/// The committed description of every synthetic scan in `Fixtures/scans/manifest.json`: which
/// dispatch it shows, how it was degraded, and the ground truth of each page.
public struct ScanFixture: Decodable, Sendable {
  /// Ground truth of one page.
  public struct Page: Decodable, Sendable {
    /// The page's whole text in reading order (two-column zones: left column first).
    public var text: String
    /// The body paragraphs on this page only.
    public var body: String
    /// Header zone, left column lines (agency, number).
    public var headerLeft: [String]
    /// Header zone, right column lines (national motto, place and date).
    public var headerRight: [String]
    /// Footer zone, left column lines ("Nơi nhận" list).
    public var footerLeft: [String]
    /// Footer zone, right column lines (signer block).
    public var footerRight: [String]
    /// The signer's name, when the page carries the signature block.
    public var signer: String?
    /// For a PDF with a text layer: the text in poppler's own order, which interleaves columns.
    public var popplerText: String?
  }

  /// Path relative to `Fixtures/`.
  public var file: String
  /// Id of the dispatch in `Fixtures/dispatches/`.
  public var dispatch: String?
  /// Resolution the scan was made at.
  public var ppi: Int?
  /// Container format: png, jpeg, tiff, pdf.
  public var format: String
  /// Degrees the page image was turned clockwise after typesetting (0, 90, 180, 270).
  public var rotation: Int?
  /// Skew applied, in degrees.
  public var skew: Double?
  /// Whether a red seal was stamped over the signer block.
  public var seal: Bool?
  /// The evaluation set: ppi200, ppi150, format, rotation, cleanup, textlayer.
  public var set: String
  /// Ground truth per page.
  public var pages: [Page]

  /// The absolute path of the file.
  public var path: String { RepositoryPaths.fixture(file).path }
}

/// A deliberately broken input and the failure it must produce.
public struct BrokenFixture: Decodable, Sendable {
  /// Path relative to `Fixtures/`.
  public var file: String
  /// Expected failure: empty, corruptImage, truncatedPDF, encryptedPDF, unsupported.
  public var expect: String

  /// The absolute path of the file.
  public var path: String { RepositoryPaths.fixture(file).path }
}

/// Loading of the fixture manifests.
public enum FixtureManifest {
  /// Every scan fixture.
  public static func scans() throws -> [ScanFixture] {
    let data = try Data(contentsOf: RepositoryPaths.fixture("scans/manifest.json"))
    return try JSONDecoder().decode([ScanFixture].self, from: data)
  }

  /// The scan fixtures of one set.
  public static func scans(inSet set: String) throws -> [ScanFixture] {
    try scans().filter { $0.set == set }
  }

  /// Every broken-input fixture.
  public static func broken() throws -> [BrokenFixture] {
    let data = try Data(contentsOf: RepositoryPaths.fixture("broken/manifest.json"))
    return try JSONDecoder().decode([BrokenFixture].self, from: data)
  }
}
