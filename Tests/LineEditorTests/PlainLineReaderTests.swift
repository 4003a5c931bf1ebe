import Foundation
import Glibc
import LineEditor
import Testing

/// The plain reader, fed through real pipes.
@Suite struct PlainLineReaderTests {
  /// Writes `bytes` into a pipe from another thread (the pipe holds only 64 KB), then reads
  /// every result until end of input.
  private func readAll(
    _ bytes: [UInt8], prompt: String = "> ", limit: Int = PlainLineReader.defaultLineByteLimit
  ) throws -> [ReadResult] {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    let writeEnd = ends[1]
    let writer = Thread {
      var offset = 0
      while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
        if written <= 0 { break }
        offset += written
      }
      close(writeEnd)
    }
    writer.start()
    let input = try #require(fdopen(ends[0], "r"))
    defer { fclose(input) }
    let reader = PlainLineReader(
      input: input, handleTerminationSignals: false, lineByteLimit: limit)
    var results: [ReadResult] = []
    while true {
      let result = reader.readLine(prompt: prompt)
      results.append(result)
      if result == .endOfInput { return results }
    }
  }

  @Test func readsLinesUntilEndOfFile() throws {
    #expect(
      try readAll(Array("one\ntwo\n\nlast without newline".utf8))
        == [.line("one"), .line("two"), .line(""), .line("last without newline"), .endOfInput])
  }

  @Test func stripsCRLF() throws {
    #expect(try readAll(Array("a\r\nb\r\n".utf8)) == [.line("a"), .line("b"), .endOfInput])
  }

  @Test func repairsInvalidUTF8() throws {
    let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x0A, 0xC3, 0x28, 0x0A, 0x7A, 0xC3, 0x0A]
    #expect(
      try readAll(bytes) == [
        .line("a\u{FFFD}b"), .line("\u{FFFD}("), .line("z\u{FFFD}"), .endOfInput,
      ])
  }

  @Test func readsA200KilobyteLine() throws {
    let long = String(repeating: "abcdefghé", count: 20_000)
    #expect(long.utf8.count >= 200_000)
    #expect(
      try readAll(Array((long + "\nshort\n").utf8)) == [.line(long), .line("short"), .endOfInput])
  }

  @Test func keepsOnlyTheFirstBytesOfAnEndlessLineAndReadsOnAfterIt() throws {
    let endless = [UInt8](repeating: UInt8(ascii: "a"), count: 3_000_000)
    #expect(
      try readAll(endless + Array("\nnext\n".utf8), limit: 1000) == [
        .line(String(repeating: "a", count: 1000)), .line("next"), .endOfInput,
      ])
  }

  @Test func emptyInputIsEndOfInput() throws {
    #expect(try readAll([]) == [.endOfInput])
  }

  @Test func echoesThePromptOnlyWhenAsked() throws {
    var ends: [Int32] = [-1, -1]
    try #require(pipe(&ends) == 0)
    let output = try #require(fdopen(ends[1], "w"))
    let input = try #require(fopen("/dev/null", "r"))
    defer { fclose(input) }
    let quiet = PlainLineReader(input: input, output: output, handleTerminationSignals: false)
    #expect(quiet.readLine(prompt: "quiet> ") == .endOfInput)
    let loud = PlainLineReader(
      echoPrompt: true, input: input, output: output, handleTerminationSignals: false)
    #expect(loud.readLine(prompt: "loud> ") == .endOfInput)
    loud.addHistory("ignored", persistedAs: "ignored")
    fclose(output)
    let handle = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
    #expect(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self) == "loud> ")
  }
}
