/// A digital signature in a PDF: who signed the file and when, as the signature records them.
/// It is read, not verified.
public struct PDFSignature: Sendable, Hashable {
  /// The signer's name from the signing certificate ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI").
  public var signer: String?
  /// When the file was signed, ISO 8601 local time as the signature records it, without a zone
  /// ("2021-01-05T08:15:32").
  public var time: String?

  /// A signature from its parts.
  public init(signer: String?, time: String?) {
    self.signer = signer
    self.time = time
  }
}
