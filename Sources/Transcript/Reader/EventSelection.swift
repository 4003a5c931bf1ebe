/// Which events a reader decodes: the others are left out of the log without being decoded.
///
/// Decoding JSON is most of the cost of reading a transcript, and a reader that does not need
/// some kinds of event (the group report never looks at the coach's replies, at `received`,
/// `back`, `skip` or `resumed`) can tell them from the raw bytes of each line: the `type`
/// field's value, and for `said` events their `kind`. Event types a selection does not name
/// are decoded, so that a new type reaches every reader. A line is judged by its first
/// `"type":"`, which inside a JSON string would have its quotes escaped, so only a key can
/// match; a line whose type cannot be found is decoded, so that damage is still reported.
public struct EventSelection: Sendable {
  /// The event types left out.
  var skippedTypes: Set<String>
  /// For `said` events, the kinds decoded; nil for all.
  var saidKinds: Set<String>?

  /// Every event.
  public static let all = EventSelection(skipping: [])

  /// Every event but those of `skippedTypes`, and of `said` events only those of `saidKinds`
  /// (all when nil).
  ///
  /// - Parameters:
  ///   - skippedTypes: The event types not to decode (`started` is always decoded).
  ///   - saidKinds: The kinds of `said` event to decode.
  public init(skipping skippedTypes: Set<String>, saidKinds: Set<String>? = nil) {
    self.skippedTypes = skippedTypes.subtracting(["started"])
    self.saidKinds = saidKinds
  }

  /// Whether every event is kept.
  var isAll: Bool { skippedTypes.isEmpty && saidKinds == nil }

  /// Whether a line, judged from its bytes, holds an event to decode.
  func keeps(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !isAll else { return true }
    guard let type = Self.value(of: Self.typeKey, in: line) else { return true }
    if skippedTypes.contains(type) { return false }
    guard type == "said", let saidKinds else { return true }
    guard let kind = Self.value(of: Self.kindKey, in: line) else { return true }
    return saidKinds.contains(kind)
  }

  private static let typeKey = Array(#""type":""#.utf8)
  private static let kindKey = Array(#""kind":""#.utf8)

  /// The plain string after the first `key` (which ends with the value's opening quote), up to
  /// the closing quote; nil when absent or when the value holds an escape.
  private static func value(of key: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> String? {
    let count = line.count
    var start = 0
    while start + key.count <= count {
      if line[start] == key[0] {
        var index = 1
        while index < key.count && line[start + index] == key[index] { index += 1 }
        if index == key.count {
          var end = start + key.count
          while end < count && line[end] != UInt8(ascii: "\"") {
            if line[end] == UInt8(ascii: "\\") { return nil }
            end += 1
          }
          guard end < count else { return nil }
          let value = UnsafeBufferPointer(rebasing: line[(start + key.count)..<end])
          return String(decoding: value, as: UTF8.self)
        }
      }
      start += 1
    }
    return nil
  }
}
