import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// A workshop participant set aside by the safety net, and back again, reads as such.
@Suite struct PauseWordsTests {
  static func room() throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261202-100000-self-doubt-00cd", scenario: Samples.scenario,
          mode: .workshop, participants: ["Ana", "Ben"], program: "0.1.0")))
    try sink.append(.paused(reason: .safety), who: "Ben")
    try sink.append(.resumed(from: 0), who: "Ben")
    try sink.append(.paused(reason: .quit), who: nil)
    return try sink.sessionLog()
  }

  @Test func theTextTranscriptNamesWhoIsOnABreak() throws {
    let text = TranscriptRenderer(timeZone: Samples.utc).render(try Self.room())
    #expect(text.contains("(Ben is taking a break (safety))"))
    #expect(text.contains("(Ben is joining in again)"))
    #expect(text.contains("(paused: quit)"))
  }

  @Test func theExportsNameThemToo() throws {
    for format in [ExportFormat.markdown, .html] {
      let text = SessionExporter(format: format, timeZone: Samples.utc).render(try Self.room())
      #expect(text.contains("Ben is taking a break (safety)"), "\(format)")
      #expect(text.contains("Ben is joining in again"), "\(format)")
    }
  }
}
