import Foundation
import Review
import Testing
import Transcript

@Suite struct AnswerSearchTests {
  private func raw(_ log: SessionLog) throws -> RawTranscript {
    let data = try log.events.reduce(into: Data()) { $0.append(try $1.encodedLine()) }
    return RawTranscript(bytes: Array(data), url: log.fileURL)
  }

  @Test func findsAnswersIgnoringCaseWithSessionStepAndQuestion() throws {
    let result = AnswerSearch.search(try raw(try Samples.practice()), for: .text("fraud"))
    #expect(result.problem == nil)
    let hit = try #require(result.hits.first)
    #expect(result.hits.count == 1)
    #expect(hit.sessionID == "20261125-140300-self-doubt-00ab")
    #expect(hit.step == "opening")
    #expect(hit.who == "Dana")
    #expect(hit.question == "What happened?")
    #expect(hit.tags == ["doubt.impostor"])
  }

  @Test func ignoresWordsOutsideAnswers() throws {
    let log = try Samples.practice()
    #expect(AnswerSearch.search(try raw(log), for: .text("what happened")).hits.isEmpty)
    #expect(AnswerSearch.search(try raw(log), for: .text("supervisor")).hits.isEmpty)
  }

  @Test func fallsBackToDecodingForTextJSONWritesDifferently() throws {
    let log = try Samples.practice()
    #expect(AnswerSearch.search(try raw(log), for: .text("said \"dana\"")).hits.count == 1)
    let workshop = try Samples.workshop()
    let hits = AnswerSearch.search(try raw(workshop), for: .text("\u{202E}OLLEH")).hits
    #expect(hits.map(\.who) == ["Ben"])
  }

  @Test func findsTagsExactlyOrByGroup() throws {
    let log = try Samples.workshop()
    #expect(AnswerSearch.search(try raw(log), for: .tag("boundary")).hits.count == 3)
    #expect(AnswerSearch.search(try raw(log), for: .tag("BOUNDARY.AVAILABILITY")).hits.count == 2)
    #expect(AnswerSearch.search(try raw(log), for: .tag("bound")).hits.isEmpty)
  }

  @Test func namesAFileThatIsNotATranscript() {
    let raw = RawTranscript(
      bytes: Array(#"{"fraud":1}"#.utf8 + [0x0A]), url: URL(fileURLWithPath: "/x.jsonl"))
    let result = AnswerSearch.search(raw, for: .text("fraud"))
    #expect(result.hits.isEmpty)
    #expect(result.problem == "skipped: it is not a MentorCoach transcript")
  }

  @Test func countsACorruptMatchingLine() throws {
    var bytes = try raw(try Samples.practice()).bytes
    bytes += Array(#"{"type":"answered","input":"fraud"#.utf8 + [0x0A])
    let result = AnswerSearch.search(
      RawTranscript(bytes: bytes, url: URL(fileURLWithPath: "/x.jsonl")), for: .text("fraud"))
    #expect(result.hits.count == 1)
    #expect(result.problem == "read with problems: skipped unreadable lines (16)")
  }

  @Test func searchesFilesAndReportsTheOnesSkipped() throws {
    let folder = try Samples.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let a = try Samples.write(try Samples.practice(), to: folder)
    let b = try Samples.write(try Samples.workshop(), to: folder)
    let other = folder.appendingPathComponent("other.jsonl")
    try Data("not json\n".utf8).write(to: other)
    let (hits, problems) = AnswerSearch.search([a, b, other], for: .text("e"))
    #expect(hits.map(\.sessionID).first == "20261125-140300-self-doubt-00ab")
    #expect(problems.map(\.url) == [other])
  }

  @Test func rendersHitsOnOneLineEachWithControlsEscaped() throws {
    let query = SearchQuery.text("olleh")
    let hits = AnswerSearch.search(try raw(try Samples.workshop()), for: query).hits
    let text = SearchResultsRenderer().render(hits, query: query)
    #expect(
      text == """
        20261125-153000-boundaries-1f2e  opening  Ben  [boundary.dual-role]
          What is hard? » "><img src=x onerror=alert(1)> <script>alert('x')</script> \\u{1B}[2J\\u{9B}31m\\u{202E}olleh
        1 answer in 1 session

        """)
  }
}
