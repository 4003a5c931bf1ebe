import Foundation
import Testing
import Transcript

@Suite struct RawTranscriptTests {
  private let text = """
    {"type":"started","x":"Alpha"}
    {"type":"said","kind":"question","text":"beta"}

    {"type":"answered","input":"ALPHA and alpha"}
    {"type":"answered","input":"torn alpha
    """
  private var raw: RawTranscript {
    RawTranscript(bytes: Array(text.utf8), url: URL(fileURLWithPath: "/t.jsonl"))
  }

  @Test func findsLinesIgnoringAsciiCaseOnceEachWithTheirNumbers() {
    let lines = raw.lines(containing: "alpha")
    #expect(lines.map(\.number) == [1, 4])
    #expect(raw.lines(containing: "BETA").map(\.number) == [2])
    #expect(raw.lines(containing: "gamma").isEmpty)
    #expect(raw.lines(containing: "").isEmpty)
  }

  @Test func neverReturnsATornLastLine() {
    #expect(raw.lines(containing: "torn").isEmpty)
  }

  @Test func stepsBackOverBlankLines() throws {
    let answer = try #require(raw.lines(containing: "and alpha").first)
    let previous = try #require(raw.line(before: answer))
    #expect(raw.line(previous, contains: #""kind":"question""#))
    #expect(raw.line(before: try #require(raw.firstLine)) == nil)
  }

  @Test func recognisesATranscriptByItsFirstLine() {
    #expect(raw.looksLikeTranscript)
    let other = RawTranscript(bytes: Array("{}\n".utf8), url: URL(fileURLWithPath: "/o.jsonl"))
    #expect(!other.looksLikeTranscript)
  }

  @Test func readsAFileAndDecodesALine() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "raw-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    let event = TranscriptEvent(
      seq: 0, time: Date(timeIntervalSince1970: 0), payload: .note(text: "Hi"))
    try (try event.encodedLine()).write(to: url)
    let raw = try RawTranscript.read(url)
    let line = try #require(raw.lines(containing: "hi").first)
    #expect(raw.decode(line) == event)
  }
}

@Suite struct RawTranscriptSummaryTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var lines: [String]
    var testDescription: String { id }
  }

  private static let started =
    #"{"mode":"practice","name":"Dana","participants":[],"program":"0.1.0","scenario":{"hash":"0","id":"s","title":"T","version":"1"},"seq":0,"session":"x","t":"2026-11-25T14:03:07.123Z","type":"started","v":1}"#
  private static func answer(_ seq: Int, _ accepted: String) -> String {
    #"{\#(accepted)"input":"a","kind":"text","seq":\#(seq),"step":"s","t":"2026-11-25T14:03:08.000Z","type":"answered","v":1}"#
  }

  static let cases: [Case] = [
    Case(
      id: "accepted, refused and defaulted answers, ended",
      lines: [
        started, answer(1, #""accepted":true,"#), answer(2, #""accepted":false,"#), answer(3, ""),
        #"{"completed":true,"seq":4,"t":"2026-11-25T14:03:09.000Z","type":"ended","v":1}"#, "",
      ]),
    Case(
      id: "spaced keys, corrupt line and torn tail",
      lines: [
        started, #"{"type": "answered", "accepted": false, "v":1}"#, "garbage \"answered\"",
        answer(3, #""accepted":true,"#), #"{"seq":4,"#,
      ]),
    Case(id: "first line corrupt", lines: ["nonsense", started, answer(2, ""), ""]),
    Case(id: "blank first line", lines: ["", started, answer(2, ""), ""]),
    Case(id: "only the started line", lines: [started, ""]),
    Case(
      id: "nothing after the start decodes",
      lines: [started, answer(1, #""accepted":true,"#), "{broken", "", "garbage"]),
    Case(
      id: "\"answered\" as a value and in an answer's own text",
      lines: [
        started,
        #"{"seq":1,"t":"2026-11-25T14:03:08.000Z","text":"answered","type":"note","v":1}"#,
        #"{"accepted":true,"input":"\"type\":\"answered\"","kind":"text","seq":2,"step":"s","t":"2026-11-25T14:03:08.000Z","type":"answered","v":1}"#,
        #"{"completed":false,"seq":3,"t":"2026-11-25T14:03:09.000Z","type":"ended","v":1}"#, "",
      ]),
  ]

  @Test(arguments: cases)
  func agreesWithTheFullSummary(_ test: Case) throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "summary-\(UUID().uuidString).jsonl")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(test.lines.joined(separator: "\n").utf8).write(to: url)
    #expect(try RawTranscript.read(url).summary() == SessionSummary.read(url))
  }

  @Test func readsFieldsWithoutDecoding() throws {
    let line =
      #"{"input":"say \"hi\"\n\u00e9\ud83d\ude00","tags":["a","b\"c"],"x":"\"input\":\"no\""}"#
    let raw = RawTranscript(bytes: Array((line + "\n").utf8), url: URL(fileURLWithPath: "/f"))
    let first = try #require(raw.firstLine)
    #expect(raw.string("input", in: first) == "say \"hi\"\né😀")
    #expect(raw.strings("tags", in: first) == ["a", "b\"c"])
    #expect(raw.string("missing", in: first) == nil)
    #expect(raw.string("tags", in: first) == nil)
  }
}
