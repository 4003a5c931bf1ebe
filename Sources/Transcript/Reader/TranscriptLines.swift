import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Splits a transcript's bytes into lines, remembering which one is torn.
struct TranscriptLines {
  /// One line: its 1-based number and bytes without the newline.
  struct Line {
    var number: Int
    var bytes: Data
  }

  /// The complete lines, blank ones left out.
  var lines: [Line] = []
  /// The bytes after the last newline, when the file does not end with one.
  var tornTail: Data?
  /// The length of the file up to and including its last newline.
  var completeLength = 0

  /// Splits `data`; with a selection, the lines it does not keep are left out unread.
  ///
  /// The bytes are scanned through a raw pointer (memchr finds each newline): splitting through
  /// `Data`'s collection methods was a fifth of `review report`.
  init(_ data: Data, selecting selection: EventSelection = .all) {
    var ranges: [(number: Int, range: Range<Int>)] = []
    var tornStart: Int?
    var complete = 0
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard let base = bytes.baseAddress else { return }
      var start = 0
      var number = 0
      while start < bytes.count {
        number += 1
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else {
          tornStart = start
          break
        }
        let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 })
          && selection.keeps(line)
        {
          ranges.append((number, start..<end))
        }
        start = end + 1
        complete = start
      }
    }
    let first = data.startIndex
    lines = ranges.map {
      Line(
        number: $0.number,
        bytes: data.subdata(in: (first + $0.range.lowerBound)..<(first + $0.range.upperBound)))
    }
    if let tornStart { tornTail = data[(first + tornStart)...] }
    completeLength = complete
  }

  /// Reads a whole file through ``SafeFile``.
  static func read(_ url: URL) throws -> Data {
    Data(try SafeFile.read(url.path, limit: SafeFile.transcriptLimit))
  }
}
