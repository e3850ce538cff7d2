import CLeptonica
import CTesseract
import PageImaging

extension TesseractEngine {
  /// Recognises `image` on its own, segmented as `segmentation` says and restricted to
  /// `characters` when given, outside any page's reading; the engine is left ready for the next
  /// page.
  func readAlone(
    _ image: PixImage, as segmentation: Segmentation, resolution: Int, characters: String? = nil
  ) -> [TextBlock] {
    let handle = recognizer.pointer
    TessBaseAPISetPageSegMode(handle, segmentation.mode)
    if let characters { _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", characters) }
    defer {
      TessBaseAPIClear(handle)
      TessBaseAPISetPageSegMode(handle, PSM_AUTO)
      if characters != nil { _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "") }
    }
    image.withPix { pix in recognizer.setImage(pix, resolution: resolution) }
    OpenMP.serializeCurrentThread()
    let status = WordImageHandOver.run(uncompressed: configuration.uncompressedWordImages) {
      TessBaseAPIRecognize(handle, nil)
    }
    guard status == 0 else { return [] }
    return ResultReader.blocks(from: handle)
  }
}

extension PixImage {
  /// The part of the image inside `box`, cut to the image's edges; `nil` when nothing is left.
  func clipped(to box: BoundingBox) -> PixImage? {
    let left = max(0, box.x)
    let top = max(0, box.y)
    let right = min(width, box.maxX)
    let bottom = min(height, box.maxY)
    guard right > left, bottom > top,
      let clip = boxCreate(Int32(left), Int32(top), Int32(right - left), Int32(bottom - top))
    else { return nil }
    var owned: UnsafeMutablePointer<BOX>? = clip
    defer { boxDestroy(&owned) }
    return transformed { pixClipRectangle($0, clip, nil) }
  }
}
