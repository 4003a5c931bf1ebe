/// Turns a byte stream into Unicode scalars one byte at a time, repairing invalid input.
///
/// libedit's built-in reader silently drops invalid bytes; this decoder yields U+FFFD instead,
/// as Swift's `String(decoding:as:)` does.
struct UTF8ByteDecoder {
  /// The outcome of feeding one byte.
  enum Step: Equatable {
    /// More bytes are needed.
    case needMore
    /// A scalar is complete. If `replay` is set, that byte started a new sequence and must be
    /// fed again.
    case scalar(Unicode.Scalar, replay: UInt8?)
  }

  private var pending: [UInt8] = []
  private var expected = 0

  /// Feeds one byte.
  mutating func feed(_ byte: UInt8) -> Step {
    if pending.isEmpty {
      switch byte {
      case 0x00...0x7F: return .scalar(Unicode.Scalar(byte), replay: nil)
      case 0xC2...0xDF: expected = 2
      case 0xE0...0xEF: expected = 3
      case 0xF0...0xF4: expected = 4
      default: return .scalar(Self.replacement, replay: nil)
      }
      pending = [byte]
      return .needMore
    }
    guard byte & 0xC0 == 0x80 else {
      pending.removeAll()
      return .scalar(Self.replacement, replay: byte)
    }
    pending.append(byte)
    guard pending.count == expected else { return .needMore }
    defer { pending.removeAll() }
    var iterator = pending.makeIterator()
    var decoder = Unicode.UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      return .scalar(scalar, replay: nil)
    }
    return .scalar(Self.replacement, replay: nil)
  }

  private static let replacement: Unicode.Scalar = "\u{FFFD}"
}
