import CLeptonica
import CPoppler

/// Copies cairo image surfaces, as poppler hands them out, into Leptonica images.
enum CairoConversion {
  /// A 32-bit RGB `PixImage` with the surface's pixels, or `nil` for formats other than
  /// ARGB32/RGB24 or an empty surface.
  static func pixImage(from surface: OpaquePointer) -> PixImage? {
    cairo_surface_flush(surface)
    let format = cairo_image_surface_get_format(surface)
    guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else { return nil }
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard width > 0, height > 0, let source = cairo_image_surface_get_data(surface),
      let pix = pixCreate(Int32(width), Int32(height), 32)
    else { return nil }
    let destination = pixGetData(pix)!
    let wordsPerLine = Int(pixGetWpl(pix))
    // Cairo stores native-endian 0xAARRGGBB words; Leptonica wants 0xRRGGBBAA words.
    for row in 0..<height {
      let sourceRow = UnsafeRawPointer(source + row * stride).assumingMemoryBound(to: UInt32.self)
      let destinationRow = destination + row * wordsPerLine
      for column in 0..<width {
        let argb = sourceRow[column]
        destinationRow[column] = (argb << 8) | 0xFF
      }
    }
    return PixImage(owning: pix)
  }
}
