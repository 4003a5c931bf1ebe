import Foundation

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
  init(_ data: Data, selecting selection: EventSelection = .all) {
    var start = data.startIndex
    var number = 0
    while start < data.endIndex {
      number += 1
      guard let end = data[start...].firstIndex(of: 0x0A) else {
        tornTail = data[start...]
        break
      }
      let bytes = data[start..<end]
      if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 })
        && (selection.isAll
          || bytes.withUnsafeBytes { selection.keeps($0.bindMemory(to: UInt8.self)) })
      {
        lines.append(Line(number: number, bytes: Data(bytes)))
      }
      start = data.index(after: end)
      completeLength = start - data.startIndex
    }
  }

  /// Reads a whole file through ``SafeFile``.
  static func read(_ url: URL) throws -> Data {
    Data(try SafeFile.read(url.path, limit: SafeFile.transcriptLimit))
  }
}
