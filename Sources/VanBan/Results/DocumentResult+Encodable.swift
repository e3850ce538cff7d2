extension DocumentResult: Encodable {
  /// Encodes the document as `vanban scan --format json` prints it (see `DocumentJSON`): the
  /// same keys and values, so a program linking VanBan writes the same JSON as the command.
  public func encode(to encoder: any Encoder) throws {
    try DocumentJSON(self).encode(to: encoder)
  }
}
