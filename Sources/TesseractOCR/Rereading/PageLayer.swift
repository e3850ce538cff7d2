/// Which image of a page a region is read from.
public enum PageLayer: Sendable, Hashable {
  /// The cleaned page Tesseract recognised, turned upright.
  case page
  /// The red ink that clean-up dropped from a colour scan (seals, stamps), turned upright; pages
  /// without red ink have none.
  case redInk
}
