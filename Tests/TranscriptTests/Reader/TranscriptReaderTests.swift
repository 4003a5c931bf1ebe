import Foundation
import Testing
import Transcript

@Suite struct TranscriptReaderTests {
  private let url = URL(fileURLWithPath: "/sessions/x.jsonl")

  private func parse(_ lines: [String], tail: String = "") throws -> SessionLog {
    try TranscriptReader.parse(Data((lines.joined() + tail).utf8), url: url)
  }

  @Test func dropsAndCountsTornTail() throws {
    let lines = try Examples.everyEventLines()
    let log = try parse(Array(lines.prefix(3)), tail: #"{"seq":3,"t":"2026"#)
    #expect(log.events.count == 3)
    #expect(log.problems.tornTail)
    #expect(log.problems.corruptLines.isEmpty)
  }

  @Test func treatsCompleteLastLineWithoutNewlineAsTorn() throws {
    let lines = try Examples.everyEventLines()
    let log = try parse(Array(lines.prefix(2)), tail: String(lines[2].dropLast()))
    #expect(log.events.count == 2)
    #expect(log.problems.tornTail)
  }

  @Test func skipsAndCountsCorruptMiddleLines() throws {
    var lines = try Examples.everyEventLines()
    lines.insert("not json\n", at: 2)
    lines.insert("{\"v\":1}\n", at: 5)
    lines.insert("\n", at: 6)
    let log = try parse(lines)
    #expect(log.problems.corruptLines == [3, 6])
    #expect(log.events.count == Examples.everyPayload.count)
    #expect(!log.problems.tornTail)
    #expect(log.problems.descriptions == ["skipped 2 unreadable lines (3, 6)"])
  }

  @Test func keepsAndCountsUnknownTypes() throws {
    var lines = try Examples.everyEventLines()
    lines.insert(#"{"seq":99,"t":"2026-11-25T14:03:07.123Z","type":"timer","v":2}"# + "\n", at: 1)
    let log = try parse(lines)
    #expect(log.events[1].payload == .unknown(type: "timer"))
    #expect(log.problems.unknownEventLines == [2])
  }

  @Test(arguments: [
    ("empty", ""),
    ("other JSON", "{\"name\":\"package\"}\n"),
    (
      "note first",
      #"{"seq":0,"t":"2026-11-25T14:03:07.123Z","text":"x","type":"note","v":1}"# + "\n"
    ),
    ("only a torn started", #"{"mode":"practice","#),
  ])
  func rejectsFilesThatAreNotTranscripts(name: String, contents: String) {
    #expect(throws: TranscriptError.notATranscript(path: "/sessions/x.jsonl")) {
      try TranscriptReader.parse(Data(contents.utf8), url: url)
    }
  }

  @Test func reportsUnreadableFile() {
    let missing = URL(fileURLWithPath: "/nonexistent/x.jsonl")
    #expect(
      throws: TranscriptError.cannotRead(path: missing.path, reason: "No such file or directory")
    ) {
      try TranscriptReader.read(missing)
    }
  }
}
