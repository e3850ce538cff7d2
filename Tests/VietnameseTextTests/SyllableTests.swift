import Testing
import VietnameseText

@Suite("Syllable")
struct SyllableTests {
  @Test(
    "splits syllables into onset, medial, nucleus, coda and tone",
    arguments: [
      ("Nguyễn", "ng", "u", "yê", "n", Tone.tilde),
      ("quyết", "qu", "", "yê", "t", .acute),
      ("giữa", "gi", "", "ưa", "", .tilde),
      ("giếng", "gi", "", "ê", "ng", .acute),
      ("Giê", "gi", "", "ê", "", .level),
      ("gì", "g", "", "i", "", .grave),
      ("người", "ng", "", "ươ", "i", .grave),
      ("khuya", "kh", "u", "ya", "", .level),
      ("hoà", "h", "o", "a", "", .grave),
      ("ỦY", "", "u", "y", "", .hook),
      ("nghiêng", "ngh", "", "iê", "ng", .level),
      ("xoong", "x", "", "oo", "ng", .level),
      ("thuở", "th", "u", "ơ", "", .hook),
      ("đặc", "đ", "", "ă", "c", .dot),
    ])
  func parts(text: String, onset: String, medial: String, nucleus: String, coda: String, tone: Tone)
    throws
  {
    let syllable = try #require(Syllable(text))
    #expect(syllable.onset == onset)
    #expect(syllable.medial == medial)
    #expect(syllable.nucleus == nucleus)
    #expect(syllable.coda == coda)
    #expect(syllable.tone == tone)
  }

  @Test(
    "rejects what Vietnamese spelling does not allow",
    arguments: [
      "bầt",  // -t with huyền
      "hỏc",  // -c with hỏi
      "ce",  // c before e: spelled ke
      "ngi",  // ng before i: spelled nghi
      "ghu",  // gh before u
      "qa",  // q without u
      "ưy",  // no such rime
      "iêng",  // iê needs an onset
      "tyên",  // yê needs none
      "quoa",  // qu carries its own medial
      "file",  // f is not in the alphabet
      "mààm",  // two tones
      "bcd",  // no vowel
      "",
      "hello",
      "thế.",
    ])
  func rejects(text: String) {
    #expect(Syllable(text) == nil)
  }

  @Test("accepts NFD and mixed input like NFC")
  func decomposedInput() throws {
    let nfc = try #require(Syllable("Việt"))
    #expect(Syllable("Vie\u{0323}\u{0302}t") == nfc)
    #expect(Syllable("Vi\u{00EA}\u{0323}t") == nfc)
    #expect(nfc.toneless == "viêt")
  }

  @Test(
    "places tone marks per style",
    arguments: [
      ("hoà", "hòa", "hoà"), ("thủy", "thủy", "thuỷ"), ("khoẻ", "khỏe", "khoẻ"), ("uỷ", "ủy", "uỷ"),
      ("quý", "quý", "quý"), ("giữa", "giữa", "giữa"), ("người", "người", "người"),
      ("thuở", "thuở", "thuở"),
      ("khuya", "khuya", "khuya"), ("hoàn", "hoàn", "hoàn"), ("thuyền", "thuyền", "thuyền"),
      ("mùa", "mùa", "mùa"), ("muốn", "muốn", "muốn"), ("nghĩa", "nghĩa", "nghĩa"),
      ("huế", "huế", "huế"),
      ("ngoài", "ngoài", "ngoài"), ("khuỷu", "khuỷu", "khuỷu"), ("Hóa", "hóa", "hoá"),
    ])
  func spelling(text: String, modern: String, phonetic: String) throws {
    let syllable = try #require(Syllable(text))
    #expect(syllable.spelled() == modern)
    #expect(syllable.spelled(style: .phonetic) == phonetic)
  }
}

@Suite("Syllable inventory")
struct SyllableInventoryTests {
  @Test("every syllable of the inventory parses back to itself")
  func inventoryParses() {
    #expect(Syllable.inventory.count > 15_000)
    #expect(Set(Syllable.inventory).count == Syllable.inventory.count)
    for syllable in Syllable.inventory {
      #expect(Syllable(syllable.spelled()) == syllable)
    }
  }

  @Test("the inventory holds every valid word of the corpus sample")
  func inventoryCoversCorpus() {
    let inventory = Set(Syllable.inventory)
    for word in CorpusSampleTests.words {
      if let syllable = Syllable(word) { #expect(inventory.contains(syllable), "\(word)") }
    }
  }

  @Test(
    "candidates for a folded spelling",
    arguments: [
      ("viet", ["viết", "việt"]), ("Duong", ["đường", "dương", "dưỡng"]),
      ("giua", ["giữa", "giùa"]),
    ])
  func candidates(folded: String, expected: [String]) {
    let spelled = Set(Syllable.candidates(folded: folded).map { $0.spelled() })
    for word in expected { #expect(spelled.contains(word)) }
    #expect(spelled.allSatisfy { $0.vietnameseFolded == folded.lowercased() })
  }

  @Test("no candidates for what no syllable folds to")
  func noCandidates() {
    #expect(Syllable.candidates(folded: "xyz").isEmpty)
    #expect(Syllable.candidates(folded: "").isEmpty)
  }
}
