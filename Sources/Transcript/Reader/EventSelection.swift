/// Which events a reader decodes: the others are left out of the log without being decoded.
///
/// Decoding JSON is most of the cost of reading a transcript, and a reader that needs only a
/// few kinds of event (the group report: answers, safety flags, notes, corrections, the end,
/// and the questions) can tell the rest from the raw bytes of each line: the `type` field's
/// value, and for `said` events their `kind`. A line is judged by its first `"type":"`, which
/// inside a JSON string would have its quotes escaped, so only a key can match.
public struct EventSelection: Sendable {
  /// The event types decoded; nil for all.
  var types: Set<String>?
  /// For `said` events, the kinds decoded; nil for all.
  var saidKinds: Set<String>?

  /// Every event.
  public static let all = EventSelection(types: nil, saidKinds: nil)

  /// Whether every event is kept.
  var isAll: Bool { types == nil && saidKinds == nil }

  /// Only these event types; of `said` events, only those of `saidKinds` (all when nil).
  ///
  /// - Parameters:
  ///   - types: The event types to decode (`started` is always decoded).
  ///   - saidKinds: The kinds of `said` event to decode, when `said` is among `types`.
  public init(types: Set<String>?, saidKinds: Set<String>? = nil) {
    self.types = types.map { $0.union(["started"]) }
    self.saidKinds = saidKinds
  }

  /// Whether a line, judged from its bytes, holds an event to decode.
  ///
  /// A line whose type cannot be found is decoded, so that a damaged line is still reported.
  func keeps(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !isAll else { return true }
    guard let types else { return true }
    guard let type = Self.value(of: Self.typeKey, in: line) else { return true }
    guard types.contains(type) else { return false }
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
    guard count >= key.count else { return nil }
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
