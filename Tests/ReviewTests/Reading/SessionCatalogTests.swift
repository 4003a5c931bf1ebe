import Foundation
import Review
import Testing
import Transcript

@Suite struct SessionCatalogTests {
  @Test func readsEveryFileAndNamesTheOnesSkipped() throws {
    let folder = try Samples.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let practice = try Samples.write(try Samples.practice(), to: folder)
    let workshop = try Samples.write(try Samples.workshop(), to: folder)
    var data = try Data(contentsOf: workshop)
    data.append(
      Data(
        "garbage\n{\"seq\":9,\"t\":\"2026-11-25T14:03:07.000Z\",\"type\":\"timer\",\"v\":2}\n{\"se"
          .utf8))
    try data.write(to: workshop)
    let other = folder.appendingPathComponent("20261126-000000-other-0000.jsonl")
    try Data("{\"hello\":1}\n".utf8).write(to: other)
    let files = SessionIndex(folders: [folder]).sessionFiles().files

    let (logs, problems) = SessionCatalog.logs(files)
    #expect(
      logs.map(\.fileURL.lastPathComponent) == [
        practice.lastPathComponent, workshop.lastPathComponent,
      ])
    #expect(
      problems.map(\.url.lastPathComponent) == [
        workshop.lastPathComponent, other.lastPathComponent,
      ])
    #expect(
      problems.map(\.message) == [
        "read with problems: skipped 1 unreadable line (9); ignored 1 event(s) of a newer version "
          + "(10); the last line was incomplete (the session stopped while writing it)",
        "skipped: it is not a MentorCoach transcript",
      ])

    let (summaries, skipped) = SessionCatalog.summaries(
      files, filter: SessionFilter(workshop: "W-42"))
    #expect(summaries.map(\.sessionID) == ["20261125-153000-boundaries-1f2e"])
    #expect(skipped.map(\.url.lastPathComponent) == [other.lastPathComponent])
  }
}

/// The report reads only the events it uses; what it shows must not change.
@Suite struct ReportEventsTests {
  @Test func aReportFromTheSelectedEventsEqualsOneFromEveryEvent() throws {
    let folder = try Samples.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for log in [try Samples.practice(), try Samples.workshop()] {
      _ = try Samples.write(log, to: folder)
    }
    let files = SessionIndex(folders: [folder]).sessionFiles().files
    func report(_ selection: EventSelection) -> String {
      var builder = GroupReportBuilder(includesNotes: true)
      let problems = SessionCatalog.forEachLog(files, selecting: selection) { builder.add($0) }
      #expect(problems.isEmpty)
      return ReportRenderer(format: .markdown, timeZone: Samples.utc).render(builder.build())
    }
    let full = report(.all)
    #expect(full.contains("What happened?") && full.contains("book a meeting"))
    #expect(report(SessionCatalog.reportEvents) == full)
    // Fewer events are decoded: the coach's replies are left out.
    let all = try TranscriptReader.read(files[0])
    let selected = try TranscriptReader.read(files[0], selecting: SessionCatalog.reportEvents)
    #expect(selected.events.count < all.events.count)
    #expect(selected.problems.isEmpty)
  }
}
