/// Weighs the readings of a word typed without diacritics by ``ContextModel``: one scorer
/// per decoder, since it keeps what it worked out.
///
/// A slot's share of the hidden layer depends only on the typed form there, so it is worked
/// out the first time a form appears at that slot and then summed: seven additions of a row
/// per word instead of a matrix product. Not thread-safe.
final class ContextScorer {
  let model: ContextModel
  /// Weight (log10 per nat) of the network's log-odds against the channel and the trigrams.
  let weight: Float
  /// `slots × forms` rows of `hiddenWidth` floats; row `slot * forms + form` is valid when
  /// `isWorkedOut` says so. The buffers are owned here and freed in `deinit`: arrays held by
  /// a class cost an exclusivity check and a uniqueness check at every write.
  private let shares: UnsafeMutablePointer<Float>
  private let isWorkedOut: UnsafeMutablePointer<Bool>
  private let hidden: UnsafeMutablePointer<Float>
  private var scores: UnsafeMutablePointer<Float>
  private var scoresCapacity = 64

  /// A scorer of `model`'s readings, its log-odds counted `weight` times in log10.
  init(model: ContextModel, weight: Float) {
    self.model = model
    self.weight = weight
    let rows = model.slots * model.formCount
    shares = .allocate(capacity: rows * model.hiddenWidth)
    isWorkedOut = .allocate(capacity: rows)
    isWorkedOut.initialize(repeating: false, count: rows)
    hidden = .allocate(capacity: model.hiddenWidth)
    scores = .allocate(capacity: scoresCapacity)
  }

  deinit {
    shares.deallocate()
    isWorkedOut.deallocate()
    hidden.deallocate()
    scores.deallocate()
  }

  /// Adds to the channel cost of each of `candidates` the network's log10-odds of it in the
  /// window `forms` (typed-form IDs, the scored word in the middle) relative to the best,
  /// times the weight: 0 for the network's favourite, less for the others. A reading the
  /// network does not score counts as likely as the average of those it does; nothing
  /// changes when it scores fewer than two.
  func weigh(_ candidates: inout [Candidate], window forms: ArraySlice<Int32>) {
    let width = model.hiddenWidth
    model.hiddenBiases.withUnsafeBufferPointer {
      hidden.update(from: $0.baseAddress!, count: width)
    }
    var slot = 0
    for form in forms {
      Self.add(share(slot: slot, form: Int(form)), to: hidden, count: width)
      slot += 1
    }
    // A plain loop: the compiler vectorises it, where `pointwiseMax` stayed a call.
    for index in 0..<width { hidden[index] = max(hidden[index], 0) }
    if candidates.count > scoresCapacity {
      scores.deallocate()
      scoresCapacity = candidates.count
      scores = .allocate(capacity: scoresCapacity)
    }
    var best = -Float.infinity
    var scored = 0
    var total: Float = 0
    model.readingVectors.withUnsafeBufferPointer { vectors in
      model.readingRows.withUnsafeBufferPointer { rows in
        model.readingBiases.withUnsafeBufferPointer { biases in
          for index in candidates.indices {
            let row = Int(rows[Int(candidates[index].id)])
            guard row >= 0 else {
              scores[index] = .nan
              continue
            }
            let score =
              biases[row] + Self.dot(vectors.baseAddress! + row * width, hidden, count: width)
            scores[index] = score
            best = max(best, score)
            scored += 1
            total += score
          }
        }
      }
    }
    guard scored > 1 else { return }
    let average = total / Float(scored)
    let scale = weight * 0.434_294_5  // log10(e): the network's scores are natural logarithms
    for index in candidates.indices {
      let score = scores[index].isNaN ? average : scores[index]
      candidates[index].channel += scale * (score - best)
    }
  }

  /// `a · b` over `count` floats, `count` a multiple of 8.
  @inline(__always)
  private static func dot(
    _ a: UnsafePointer<Float>, _ b: UnsafeMutablePointer<Float>, count: Int
  ) -> Float {
    var sum = SIMD8<Float>()
    let rawA = UnsafeRawPointer(a)
    let rawB = UnsafeRawPointer(b)
    for offset in stride(from: 0, to: count * 4, by: 32) {
      sum +=
        rawA.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
        * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
    }
    return sum.sum()
  }

  /// Adds `factor` times `count` floats of `row` to `sum`, `count` a multiple of 8.
  @inline(__always)
  private static func add(
    _ row: UnsafePointer<Float>, times factor: Float, to sum: UnsafeMutablePointer<Float>,
    count: Int
  ) {
    let source = UnsafeRawPointer(row)
    let target = UnsafeMutableRawPointer(sum)
    let scale = SIMD8<Float>(repeating: factor)
    for offset in stride(from: 0, to: count * 4, by: 32) {
      let value =
        target.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
        + source.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self) * scale
      target.storeBytes(of: value, toByteOffset: offset, as: SIMD8<Float>.self)
    }
  }

  /// Adds `count` floats of `row` to `sum`, `count` a multiple of 8.
  @inline(__always)
  private static func add(
    _ row: UnsafePointer<Float>, to sum: UnsafeMutablePointer<Float>, count: Int
  ) {
    let source = UnsafeRawPointer(row)
    let target = UnsafeMutableRawPointer(sum)
    for offset in stride(from: 0, to: count * 4, by: 32) {
      let value =
        target.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
        + source.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
      target.storeBytes(of: value, toByteOffset: offset, as: SIMD8<Float>.self)
    }
  }

  /// The share of the hidden layer of typed form `form` at `slot`, worked out on first use.
  private func share(slot: Int, form: Int) -> UnsafeMutablePointer<Float> {
    let rowIndex = slot * model.formCount + form
    let width = model.hiddenWidth
    let row = shares + rowIndex * width
    if isWorkedOut[rowIndex] { return row }
    let inputWidth = model.width
    row.initialize(repeating: 0, count: width)
    model.embeddings.withUnsafeBufferPointer { embeddings in
      model.inputWeights.withUnsafeBufferPointer { weights in
        let embedding = form * inputWidth
        for k in 0..<inputWidth {
          Self.add(
            weights.baseAddress! + (slot * inputWidth + k) * width,
            times: embeddings[embedding + k],
            to: row, count: width)
        }
      }
    }
    isWorkedOut[rowIndex] = true
    return row
  }
}
