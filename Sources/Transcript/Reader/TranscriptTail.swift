import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a transcript's last event from the end of its file, without reading the rest.
///
/// Finding the latest unfinished session only needs to know, for each file, whether it ended
/// completed: that is its last event, in its last few lines. ``lastEvent(_:window:)`` reads at
/// most `window` bytes at the end of the file (through ``SafeFile``) and decodes its complete
/// lines from the last backwards, as the full reader would: bytes after the last newline are a
/// torn line and are skipped, and so is blank or undecodable text.
enum TranscriptTail {
  /// The bytes read from the end of a file: the last events of a session are short, and a
  /// longer last line only means the caller reads the whole file instead.
  static let window = 4 << 10

  /// The last event that decodes within the last `window` bytes of a transcript.
  ///
  /// - Parameters:
  ///   - url: The transcript.
  ///   - window: How many bytes to read at most.
  /// - Returns: The event, or nil when no complete line in the window decodes (the caller then
  ///   reads the whole file).
  /// - Throws: ``TranscriptError/cannotRead(path:reason:)`` from ``SafeFile``.
  static func lastEvent(_ url: URL, window: Int = window) throws -> TranscriptEvent? {
    let (descriptor, size) = try SafeFile.open(url.path, limit: SafeFile.transcriptLimit)
    defer { _ = close(descriptor) }
    let start = max(0, size - window)
    let bytes = SafeFile.read(descriptor, at: start, count: size - start)
    return lastEvent(in: bytes, startsFile: start == 0)
  }

  /// The last event that decodes among the complete lines of `bytes`, the end of a transcript.
  ///
  /// - Parameters:
  ///   - bytes: The last bytes of a file, or all of them.
  ///   - startsFile: True when `bytes` begins at the start of the file, so that its first line
  ///     is whole.
  ///   - firstLineEnd: Where to stop looking: lines ending at or before this offset are not
  ///     tried (the caller has decoded them already).
  /// - Returns: The event, or nil when no line decodes.
  static func lastEvent(in bytes: [UInt8], startsFile: Bool, after firstLineEnd: Int = -1)
    -> TranscriptEvent?
  {
    let filled = bytes.count
    let decoder = JSONDecoder()
    return bytes.withUnsafeBufferPointer { buffer -> TranscriptEvent? in
      // The last newline ends the last complete line; what follows it is torn or nothing.
      var end = filled
      while end > 0 && buffer[end - 1] != 0x0A { end -= 1 }
      while end > 0 && end - 1 > firstLineEnd {
        var begin = end - 1
        while begin > 0 && buffer[begin - 1] != 0x0A { begin -= 1 }
        // A line reaching the start of the window began before it, unless that is the file's.
        guard begin > 0 || startsFile else { return nil }
        let line = Data(buffer[begin..<(end - 1)])
        if let event = try? decoder.decode(TranscriptEvent.self, from: line) { return event }
        end = begin
      }
      return nil
    }
  }
}
