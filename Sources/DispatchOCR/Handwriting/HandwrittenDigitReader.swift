import Foundation

/// Reads one handwritten digit with a few small networks, trained apart, whose probabilities
/// are averaged: an ensemble is far less often confidently wrong on real handwriting than any
/// one of its members.
///
/// Each member takes 784 inputs (a ``HandwrittenDigit`` normalised), has one hidden layer of
/// ReLU units and eleven outputs through softmax: the ten digits, and ``notADigit`` for the
/// printed letters around a written figure. `Scripts/handwriting/train_digits.py` trains them
/// on MNIST digits and printed letters and writes their weights into
/// `HandwrittenDigitWeights.swift` as int8 tensors with a scale each.
struct HandwrittenDigitReader: Sendable {
  /// One network of the ensemble.
  fileprivate struct Member: Sendable {
    let firstWeights: [Float]
    let firstBiases: [Float]
    let secondWeights: [Float]
    let secondBiases: [Float]
  }

  fileprivate let members: [Member]

  /// The class of a printed letter ("t" of "tháng", "U" of "/UBND"): where a figure ends.
  static let notADigit = 10
  private static let classes = 11

  /// The reader with the trained weights, decoded once.
  static let trained = HandwrittenDigitReader()

  private init() {
    let inputs = HandwrittenDigit.side * HandwrittenDigit.side
    let hidden = Self.hiddenUnits
    let counts = [inputs * hidden, hidden, hidden * Self.classes, Self.classes]
    members = zip(Self.encodedWeights, Self.scales).map { encoded, scales in
      let bytes = [UInt8](Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) ?? Data())
      // The weights are compiled in; a mismatch is a bug of the generator, not bad input.
      precondition(bytes.count == counts.reduce(0, +), "HandwrittenDigitWeights.swift is damaged")
      var tensors: [[Float]] = []
      var start = 0
      for (count, scale) in zip(counts, scales) {
        tensors.append(bytes[start..<start + count].map { Float(Int8(bitPattern: $0)) * scale })
        start += count
      }
      return Member(
        firstWeights: tensors[0], firstBiases: tensors[1], secondWeights: tensors[2],
        secondBiases: tensors[3])
    }
  }

  /// The probability of each class, the digits 0 to 9 then ``notADigit``, for a normalised
  /// 28 × 28 image: the mean of the members' probabilities.
  func probabilities(of image: [Float]) -> [Double] {
    var mean = [Double](repeating: 0, count: Self.classes)
    for member in members {
      for (output, probability) in member.probabilities(of: image).enumerated() {
        mean[output] += probability / Double(members.count)
      }
    }
    return mean
  }

  /// The likeliest class of `digit` (a digit, or ``notADigit``) and its probability.
  func read(_ digit: HandwrittenDigit) -> (digit: Int, probability: Double) {
    let probabilities = probabilities(of: digit.normalised)
    let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
    return (best, probabilities[best])
  }
}

extension HandwrittenDigitReader.Member {
  /// This member's softmax over the classes for a normalised image.
  func probabilities(of image: [Float]) -> [Double] {
    let hidden = firstBiases.count
    let classes = secondBiases.count
    var activations = firstBiases
    for (input, value) in image.enumerated() where value != 0 {
      let row = input * hidden
      for unit in 0..<hidden { activations[unit] += value * firstWeights[row + unit] }
    }
    var logits = secondBiases.map(Double.init)
    for unit in 0..<hidden where activations[unit] > 0 {
      let row = unit * classes
      for output in 0..<classes {
        logits[output] += Double(activations[unit] * secondWeights[row + output])
      }
    }
    let top = logits.max() ?? 0
    let exponentials = logits.map { exp($0 - top) }
    let total = exponentials.reduce(0, +)
    return exponentials.map { $0 / total }
  }
}
