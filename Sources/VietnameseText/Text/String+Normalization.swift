extension String {
  /// This string in Unicode Normalization Form C (precomposed), the form VanBan stores.
  public var nfc: String { UnicodeNormalization.nfc(self) }
  /// This string in Unicode Normalization Form D (decomposed).
  public var nfd: String { UnicodeNormalization.nfd(self) }
}
