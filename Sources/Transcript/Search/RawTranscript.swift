public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A transcript's raw bytes, for searches that decode only the lines they need.
///
/// Searching thousands of transcripts is dominated by JSON decoding, so a search first looks
/// for its words in the bytes, ignoring ASCII case, and decodes only the lines that contain
/// them. Only complete lines count: a torn last line (no final newline) is never returned.
///
/// ```swift
/// let raw = try RawTranscript.read(url)
/// for line in raw.lines(containing: "fraud") {
///   if let event = raw.decode(line) { … }
/// }
/// ```
public struct RawTranscript: Sendable {
  /// One complete line: its 1-based number and where its bytes are, without the newline.
  public struct Line: Equatable, Sendable {
    /// The 1-based line number.
    public var number: Int
    /// The byte offsets of the line in ``RawTranscript/bytes``, newline excluded.
    public var range: Range<Int>
  }

  /// The file the bytes came from.
  public var fileURL: URL
  /// The whole file.
  public let bytes: [UInt8]

  /// Wraps bytes already read.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - url: The file they came from.
  public init(bytes: [UInt8], url: URL) {
    self.bytes = bytes
    self.fileURL = url
  }

  /// Reads a whole file through ``SafeFile`` (no links, regular files, a size limit).
  ///
  /// - Parameter url: The transcript file.
  /// - Returns: Its bytes.
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)``.
  public static func read(_ url: URL) throws -> RawTranscript {
    RawTranscript(bytes: try SafeFile.read(url.path, limit: SafeFile.transcriptLimit), url: url)
  }

  /// The first complete line, which in a transcript is the `started` event.
  public var firstLine: Line? {
    guard let end = bytes.firstIndex(of: 0x0A) else { return nil }
    return Line(number: 1, range: 0..<end)
  }

  /// True when the first line looks like a `started` event, judged from its bytes alone.
  public var looksLikeTranscript: Bool {
    guard let first = firstLine else { return false }
    return Self.contains(bytes, Array(#""type":"started""#.utf8), in: first.range)
  }

  /// The complete lines holding `needle`, ignoring ASCII case, in file order, each once.
  ///
  /// - Parameter needle: The text to look for in the raw bytes (as JSON writes it).
  /// - Returns: The matching lines.
  public func lines(containing needle: String) -> [Line] {
    let folded = Array(needle.utf8).map(Self.lower)
    guard let first = folded.first else { return [] }
    var result: [Line] = []
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = buffer.count
      let upper = Self.upper(first)
      var position = 0
      var lineNumber = 1
      var lineStart = 0
      while position + folded.count <= count {
        guard let candidate = Self.nextCandidate(base, from: position, count: count, first, upper)
        else { break }
        if Self.matches(base, at: candidate, folded, count: count) {
          lineNumber += Self.newlines(base, from: lineStart, to: candidate)
          var start = candidate
          while start > 0 && base[start - 1] != 0x0A { start -= 1 }
          guard let end = Self.find(0x0A, base, from: candidate, count: count) else { break }
          result.append(Line(number: lineNumber, range: start..<end))
          lineNumber += 1
          lineStart = end + 1
          position = end + 1
        } else {
          position = candidate + 1
        }
      }
    }
    return result
  }

  /// The complete line just before `line`, if any.
  ///
  /// - Parameter line: A line of this transcript.
  /// - Returns: The previous line, skipping blank ones.
  public func line(before line: Line) -> Line? {
    var end = line.range.lowerBound - 1
    while end > 0 {
      var start = end
      while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
      if start < end { return Line(number: line.number - 1, range: start..<end) }
      end = start - 1
    }
    return nil
  }

  /// True when the line's bytes contain `text` exactly (case matters).
  ///
  /// - Parameters:
  ///   - line: A line of this transcript.
  ///   - text: The bytes to look for, such as `"kind":"question"`.
  /// - Returns: Whether they occur in the line.
  public func line(_ line: Line, contains text: String) -> Bool {
    Self.contains(bytes, Array(text.utf8), in: line.range)
  }

  /// Decodes one line as an event, or nil when it is not a valid event.
  ///
  /// - Parameter line: A line of this transcript.
  /// - Returns: The event.
  public func decode(_ line: Line) -> TranscriptEvent? {
    try? TranscriptEvent.decode(line: Data(bytes[line.range]))
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }

  private static func upper(_ byte: UInt8) -> UInt8 {
    (0x61...0x7A).contains(byte) ? byte & ~0x20 : byte
  }

  private static func nextCandidate(
    _ base: UnsafePointer<UInt8>, from position: Int, count: Int, _ lower: UInt8, _ upper: UInt8
  ) -> Int? {
    let length = count - position
    let a = memchr(base + position, Int32(lower), length).map { offset(of: $0, from: base) }
    guard lower != upper else { return a }
    let limit = a.map { $0 - position } ?? length
    let b = memchr(base + position, Int32(upper), limit).map { offset(of: $0, from: base) }
    return b ?? a
  }

  private static func matches(
    _ base: UnsafePointer<UInt8>, at start: Int, _ folded: [UInt8], count: Int
  ) -> Bool {
    guard start + folded.count <= count else { return false }
    for index in 1..<max(folded.count, 1) where lower(base[start + index]) != folded[index] {
      return false
    }
    return true
  }

  private static func newlines(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
    var total = 0
    var position = start
    while position < end, let found = find(0x0A, base, from: position, count: end) {
      total += 1
      position = found + 1
    }
    return total
  }

  private static func find(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from start: Int, count: Int)
    -> Int?
  {
    guard start < count else { return nil }
    return memchr(base + start, Int32(byte), count - start).map { offset(of: $0, from: base) }
  }

  private static func offset(of pointer: UnsafeMutableRawPointer, from base: UnsafePointer<UInt8>)
    -> Int
  {
    UnsafeRawPointer(base).distance(to: UnsafeRawPointer(pointer))
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8], in range: Range<Int>) -> Bool {
    needle.isEmpty || firstIndex(of: needle, in: bytes, range: range) != nil
  }

  /// Where `needle` first occurs within `range` of `bytes`, or nil: memchr finds each
  /// candidate first byte, memcmp checks the rest.
  static func firstIndex(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Int? {
    guard let first = needle.first, range.count >= needle.count else { return nil }
    return bytes.withUnsafeBytes { haystack in
      needle.withUnsafeBytes { pattern in
        guard let base = haystack.baseAddress, let sought = pattern.baseAddress else { return nil }
        var position = range.lowerBound
        let last = range.upperBound - needle.count
        while position <= last {
          guard let hit = memchr(base + position, Int32(first), last - position + 1) else {
            return nil
          }
          let offset = base.distance(to: UnsafeRawPointer(hit))
          if memcmp(base + offset, sought, needle.count) == 0 { return offset }
          position = offset + 1
        }
        return nil
      }
    }
  }
}
