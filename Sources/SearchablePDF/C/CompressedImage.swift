import CLeptonica
import PageImaging

/// An image's compressed data as Leptonica prepares it for PDF: the sole owner of one
/// `L_COMP_DATA`.
///
/// JPEG and JPEG 2000 files are taken byte for byte and a single-image G4 TIFF's strips as they
/// are; PNG rows keep their deflate stream where the file allows; anything else is encoded
/// losslessly here (CCITT G4 for bilevel images, deflate otherwise).
final class CompressedImage {
  private var data: UnsafeMutablePointer<L_COMP_DATA>?

  private init(owning data: UnsafeMutablePointer<L_COMP_DATA>) {
    self.data = data
  }

  deinit {
    l_CIDataDestroy(&data)
  }

  /// The file's own compressed data, for JPEG, JPEG 2000, PNG and single-image G4 TIFF files;
  /// `nil` for other formats or when Leptonica cannot take it out.
  static func passedThrough(path: String, format: DocumentFormat) -> CompressedImage? {
    var data: UnsafeMutablePointer<L_COMP_DATA>?
    switch format {
    case .jpeg, .jpeg2000, .png:
      guard l_generateCIDataForPdf(path, nil, 0, &data) == 0 else { return nil }
    case .tiff:
      var format: Int32 = 0
      guard findFileFormat(path, &format) == 0, format == Int32(IFF_TIFF_G4) else { return nil }
      data = l_generateG4Data(path, 0)
    default:
      return nil
    }
    guard let data else { return nil }
    return CompressedImage(owning: data)
  }

  /// `image` encoded losslessly: CCITT G4 when bilevel, deflate otherwise; a colour image whose
  /// pixels are all grey (a rendered black-and-white page) as one grey channel.
  static func lossless(_ image: PixImage) -> CompressedImage? {
    var data: UnsafeMutablePointer<L_COMP_DATA>?
    let type = image.depth == 1 ? Int32(L_G4_ENCODE) : Int32(L_FLATE_ENCODE)
    let status = image.withPix { pix -> Int32 in
      if pixGetDepth(pix) == 32, pixGetColormap(pix) == nil, isGray(pix),
        let gray = pixGetRGBComponent(pix, Int32(COLOR_RED))
      {
        var owned: UnsafeMutablePointer<PIX>? = gray
        defer { pixDestroy(&owned) }
        return pixGenerateCIData(gray, type, 0, 0, &data)
      }
      return pixGenerateCIData(pix, type, 0, 0, &data)
    }
    guard status == 0, let data else { return nil }
    return CompressedImage(owning: data)
  }

  /// Whether every pixel of a 32-bit image has equal red, green and blue.
  private static func isGray(_ pix: UnsafeMutablePointer<PIX>) -> Bool {
    guard let pixels = pixGetData(pix) else { return false }
    let width = Int(pixGetWidth(pix))
    let wordsPerLine = Int(pixGetWpl(pix))
    for row in 0..<Int(pixGetHeight(pix)) {
      let line = pixels + row * wordsPerLine
      for column in 0..<width {
        let word = line[column]  // 0xRRGGBBAA
        let red = (word >> 24) & 0xFF
        if (word >> 16) & 0xFF != red || (word >> 8) & 0xFF != red { return false }
      }
    }
    return true
  }

  private var value: L_COMP_DATA { data!.pointee }

  var width: Int { Int(value.w) }
  var height: Int { Int(value.h) }

  /// Adds the image to `document` as an image XObject.
  func xObject(in document: QPDFDocument) -> QPDFDocument.Handle? {
    let value = self.value
    guard let bytes = value.datacomp, value.nbytescomp > 0 else { return nil }
    let colorSpace: QPDFDocument.Handle
    if value.ncolors > 0, let palette = value.cmapdatahex {
      colorSpace = document.parse(
        "[/Indexed /DeviceRGB \(value.ncolors - 1) \(String(cString: palette))]")
    } else {
      switch value.spp {
      case 1: colorSpace = document.name("/DeviceGray")
      case 3: colorSpace = document.name("/DeviceRGB")
      case 4: colorSpace = document.name("/DeviceCMYK")
      default: return nil
      }
    }
    let filter: QPDFDocument.Handle
    var decodeParms: QPDFDocument.Handle?
    switch Int(value.type) {
    case Int(L_JPEG_ENCODE): filter = document.name("/DCTDecode")
    case Int(L_JP2K_ENCODE): filter = document.name("/JPXDecode")
    case Int(L_G4_ENCODE):
      filter = document.name("/CCITTFaxDecode")
      decodeParms = document.dictionary([
        "/K": document.integer(-1), "/Columns": document.integer(width),
        "/Rows": document.integer(height), "/BlackIs1": document.bool(value.minisblack != 0),
      ])
    case Int(L_FLATE_ENCODE):
      filter = document.name("/FlateDecode")
      if value.predictor != 0 {
        decodeParms = document.dictionary([
          "/Predictor": document.integer(14), "/Colors": document.integer(Int(value.spp)),
          "/BitsPerComponent": document.integer(Int(value.bps)),
          "/Columns": document.integer(width),
        ])
      }
    default: return nil
    }
    var entries: KeyValuePairs<String, QPDFDocument.Handle> = [
      "/Type": document.name("/XObject"), "/Subtype": document.name("/Image"),
      "/Width": document.integer(width), "/Height": document.integer(height),
      "/BitsPerComponent": document.integer(Int(value.bps)), "/ColorSpace": colorSpace,
    ]
    if Int(value.type) == Int(L_JP2K_ENCODE) {
      // JPEG 2000 data carries its own colour space and depth.
      entries = [
        "/Type": document.name("/XObject"), "/Subtype": document.name("/Image"),
        "/Width": document.integer(width), "/Height": document.integer(height),
      ]
    }
    let buffer = UnsafeRawBufferPointer(start: bytes, count: value.nbytescomp)
    return document.stream(buffer, entries: entries, filter: filter, decodeParms: decodeParms)
  }
}
