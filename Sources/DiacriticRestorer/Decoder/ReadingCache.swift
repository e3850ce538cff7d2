import Synchronization

/// The readings the candidate generator made for word forms, kept across the restore calls
/// of one restorer: an archive of short documents restored one by one would otherwise search
/// the readings of the same words again for each document (a fifth of restoring a folder of
/// dispatches of 400 words).
///
/// Each call's ``CandidateMemo`` still starts empty, numbers its lists from zero and answers
/// what its own document made; it asks here before asking the generator, whose readings of a
/// form are always the same. Shared by concurrent calls; emptied when it holds
/// ``capacity`` forms, since OCR can make any number of them.
final class ReadingCache: Sendable {
  /// What a list of readings is for: a word on a line of a channel, or one of the memo's
  /// special lists.
  enum Kind: Hashable, Sendable {
    case word(Channel)
    case digit
    case capitals
    case englishCapitals
  }

  private struct Key: Hashable, Sendable {
    var kind: Kind
    var form: String
  }

  /// The most forms kept.
  static let capacity = 100_000

  private let lists = Mutex<[Key: [Candidate]]>([:])

  /// The readings of `form` for `kind`, made by `make` when not kept yet.
  func readings(_ kind: Kind, of form: String, make: () -> [Candidate]) -> [Candidate] {
    let key = Key(kind: kind, form: form)
    if let kept = lists.withLock({ $0[key] }) { return kept }
    let made = make()
    lists.withLock { lists in
      if lists.count >= Self.capacity { lists.removeAll(keepingCapacity: true) }
      lists[key] = made
    }
    return made
  }
}
