/// A second look at a recognised page, run on the engine that read it, before the page leaves the
/// worker.
///
/// Tesseract's reading of a whole page loses what a part of it read on its own keeps: thin italic
/// digits, marks under a seal, stamps in red ink. A pass gets the page as recognised and a
/// ``RegionReader`` to read regions of it again with other settings, and returns the page it
/// makes of them. Passes run in order on the worker's queue, so they may block.
///
/// ```swift
/// struct TitleAgain: RecognitionPass {
///   func revise(_ page: RecognizedPage, reading reader: RegionReader) -> RecognizedPage {
///     guard let first = page.lines.first else { return page }
///     let again = reader.read(first.box, as: .rawLine)
///     print(again.flatMap(\.lines).map(\.text))
///     return page
///   }
/// }
/// let worker = OCRWorker(passes: [TitleAgain()])
/// ```
public protocol RecognitionPass: Sendable {
  /// The page with what reading its regions again changed; `page` itself when nothing did.
  func revise(_ page: RecognizedPage, reading reader: RegionReader) -> RecognizedPage
}
