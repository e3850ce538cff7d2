import Synchronization

/// The readings the candidate generator made for word forms, kept across the restore calls
/// of one restorer: an archive of short documents restored one by one would otherwise search
/// the readings of the same words again for each document (a fifth of restoring a folder of
/// dispatches of 400 words).
///
/// Each call's ``CandidateMemo`` still starts empty and answers what its own document made; it
/// asks here before asking the generator, whose readings of a form are always the same. A
/// list keeps the ID it was given when made (``freshList()``), so the bigrams between two
/// lists that ``BigramMemo`` remembered for one call serve the next. Shared by concurrent
/// calls; emptied when it holds ``capacity`` forms, since OCR can make any number of them
/// (a list made again gets a new ID).
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

  private let lists = Mutex<[Key: CandidateMemo.Entry]>([:])

  /// The next list ID of the process: IDs are never given twice (a 64-bit count does not run
  /// out), so lists of different restorers sharing a ``DecoderScratch`` never meet.
  private static let nextList = Atomic<UInt64>(0)

  /// A list ID never given before.
  static func freshList() -> UInt64 {
    nextList.wrappingAdd(1, ordering: .relaxed).oldValue
  }

  /// The readings of `form` for `kind` and their list's ID, made by `make` when not kept yet.
  func readings(_ kind: Kind, of form: String, make: () -> [Candidate]) -> CandidateMemo.Entry {
    let key = Key(kind: kind, form: form)
    if let kept = lists.withLock({ $0[key] }) { return kept }
    let made = CandidateMemo.Entry(list: Self.freshList(), candidates: make())
    return lists.withLock { lists in
      // Another call may have made the same list meanwhile: the first one made is kept.
      if let kept = lists[key] { return kept }
      if lists.count >= Self.capacity { lists.removeAll(keepingCapacity: true) }
      lists[key] = made
      return made
    }
  }
}
