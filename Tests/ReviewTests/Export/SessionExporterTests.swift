import Foundation
import Review
import TestSupport
import Testing
import Transcript

@Suite struct SessionExporterTests {
  private func export(_ format: ExportFormat, redacts: Bool = false, workshop: Bool = false)
    throws -> String
  {
    let log = workshop ? try Samples.workshop() : try Samples.practice()
    return SessionExporter(format: format, timeZone: Samples.utc, redacts: redacts).render(log)
  }

  @Test(arguments: [ExportFormat.markdown, .json, .csv, .test, .html])
  func exportsPracticeSession(format: ExportFormat) throws {
    let ext = format == .test ? "yaml" : format.rawValue
    assertSnapshot(try export(format), named: "export-practice", pathExtension: ext)
  }

  @Test(arguments: [ExportFormat.markdown, .json, .csv, .test, .html])
  func exportsHostileWorkshopSessionInertly(format: ExportFormat) throws {
    let text = try export(format, workshop: true)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
    if format == .html || format == .markdown {
      #expect(!text.contains("<script"))
      #expect(!text.contains("<img"))
    }
  }

  @Test func writesAConversationTestWithTheStepReachedAfterEachTurn() throws {
    #expect(
      try export(.test) == """
        # Replays session "20261125-140300-self-doubt-00ab" as recorded.
        scenario: "self-doubt"
        tests:
          - name: "replay of session 20261125-140300-self-doubt-00ab"
            turns:
              - say: "4"
                step: "opening"
              - say: "I felt like a FRAUD, said \\"Dana\\"\\nthen froze"
                tags: ["doubt.impostor"]
                step: "next-step"
              - say: "=SUM(A1) book a meeting"
              - say: ":skip"
                step: "rating-after"
              - say: "7"
                step: "wrap-up"

        """)
  }

  @Test func guardsCSVFieldsAgainstFormulasAndQuotesNewlines() throws {
    let csv = try export(.csv)
    #expect(csv.contains(",'=SUM(A1) book a meeting,"))
    #expect(csv.contains(#","I felt like a FRAUD, said ""Dana""\#nthen froze","#))
    #expect(csv.hasPrefix("session,seq,time,who,step,kind,input,value,accepted,tags\r\n"))
  }

  @Test func leavesNotesOutUnlessAsked() throws {
    let log = try Samples.practice()
    for format in ExportFormat.allCases {
      let plain = SessionExporter(format: format, timeZone: Samples.utc).render(log)
      #expect(!plain.contains("ask my supervisor"), "\(format)")
    }
    let markdown = SessionExporter(format: .markdown, timeZone: Samples.utc, includesNotes: true)
    #expect(markdown.render(log).contains("ask my supervisor"))
  }

  @Test func redactsNamesAndDropsNotes() throws {
    let markdown = try export(.markdown, redacts: true)
    #expect(!markdown.contains("Dana"))
    #expect(markdown.contains("Participant 1"))
    #expect(!markdown.contains("ask my supervisor"))
    let json = try export(.json, redacts: true)
    #expect(!json.contains("Dana"))
    #expect(!json.contains("a fraud\""), "captures are dropped")
  }

  @Test func jsonExportParsesAndKeepsEveryAnswer() throws {
    let json = try export(.json, workshop: true)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let answers = try #require(object["answers"] as? [[String: Any]])
    #expect(answers.map { $0["who"] as? String } == ["Ana", "Ben", "Ana"])
    #expect(answers[1]["input"] as? String == Samples.hostile)
    #expect(object["people"] as? [String] == ["Ana", "Ben"])
  }

  /// A CR never ends a row: it is shown as `\u{0D}`, and the LF after it is quoted.
  @Test func showsTheCROfACRLFInAnAnswerAndQuotesTheField() throws {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "s", scenario: Samples.scenario, mode: .practice, program: "0.1.0")))
    try sink.append(.answered(Answer(step: "opening", input: "one\r\ntwo", kind: .text)))
    let log = try sink.sessionLog(url: URL(fileURLWithPath: "/s/s.jsonl"))
    let csv = SessionExporter(format: .csv, timeZone: Samples.utc).render(log)
    #expect(csv.contains(#","one\u{0D}\#ntwo","#))
  }
}
