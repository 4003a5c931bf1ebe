import Foundation
import Glibc
import Testing

@testable import Transcript

/// The one safe way to open a file for reading.
@Suite struct SafeFileTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("safefile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func reason(_ path: String, limit: Int = 1 << 20) -> String? {
    do {
      _ = try SafeFile.read(path, limit: limit)
      return nil
    } catch TranscriptError.cannotRead(_, let reason) {
      return reason
    } catch {
      return "\(error)"
    }
  }

  @Test func readsARegularFile() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(at: base) }
    let file = base.appendingPathComponent("a.jsonl")
    try Data("hello\n".utf8).write(to: file)
    #expect(try SafeFile.read(file.path, limit: 100) == Array("hello\n".utf8))
  }

  @Test func refusesWhatIsNotARegularFileWithinTheLimit() throws {
    let base = try folder()
    defer { try? FileManager.default.removeItem(at: base) }
    let fifo = base.appendingPathComponent("fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect(reason(fifo) == "it is a FIFO (named pipe), not a regular file")
    let zero = base.appendingPathComponent("zero").path
    try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
    #expect(reason(zero) == "it is a symbolic link, which is not followed")
    #expect(reason("/dev/zero") == "it is a device, not a regular file")
    #expect(reason(base.path) == "it is a folder, not a regular file")
    let loop = base.appendingPathComponent("loop").path
    try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop")
    #expect(reason(loop) == "it is a symbolic link that loops back on itself")
    let big = base.appendingPathComponent("big")
    try Data(count: 2000).write(to: big)
    #expect(
      reason(big.path, limit: 1000) == "it is 2000 bytes long, more than the 1000 bytes allowed")
    #expect(reason(base.appendingPathComponent("missing").path) == "No such file or directory")
  }

  @Test(arguments: [
    (Array("ok\nab".utf8) + [0x92], 2, 3), ([0xC3, 0x28], 1, 1), (Array("é".utf8) + [0xFF], 1, 2),
  ])
  func findsTheFirstByteThatIsNotUTF8(bytes: [UInt8], line: Int, column: Int) {
    let found = SafeFile.firstInvalidByte(bytes)
    #expect(found.line == line && found.column == column)
  }
}
