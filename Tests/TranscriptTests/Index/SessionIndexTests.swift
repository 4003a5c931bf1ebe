import Foundation
import Testing
import Transcript

@Suite struct SessionIndexTests {
  /// Writes a session file named `id.jsonl` in `folder`.
  private func write(
    _ id: String, in folder: URL, answers: Int, ended: Bool? = nil
  ) throws {
    var started = Examples.started
    started.session = id
    var payloads: [TranscriptEvent.Payload] = [.started(started)]
    for index in 0..<answers {
      payloads.append(.answered(Answer(step: "s\(index)", input: "answer \(index)", kind: .text)))
      payloads.append(
        .answered(Answer(step: "s\(index)", input: "x", kind: .scale, accepted: false)))
    }
    if let ended { payloads.append(.ended(completed: ended)) }
    let clock = Examples.clock()
    var data = Data()
    for (seq, payload) in payloads.enumerated() {
      data.append(try TranscriptEvent(seq: seq, time: clock(), payload: payload).encodedLine())
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try data.write(to: folder.appendingPathComponent("\(id).jsonl"))
  }

  private func makeHome() throws -> (home: URL, extra: URL) {
    let root = try Examples.temporaryFolder()
    let home = root.appendingPathComponent("home")
    let sessions = TranscriptWriter.sessionsFolder(home: home)
    let extra = root.appendingPathComponent("shared")
    try write("20261125-140307-self-doubt-aaaa", in: sessions, answers: 3, ended: true)
    try write("20261126-090000-time-bbbb", in: extra, answers: 1)
    try write("20261124-080000-boundaries-cccc", in: sessions, answers: 2, ended: false)
    try Data("hello\n".utf8).write(
      to: sessions.appendingPathComponent("20261127-000000-x-dddd.jsonl"))
    try Data("ignored".utf8).write(to: sessions.appendingPathComponent("notes.txt"))
    return (home, extra)
  }

  @Test func listsFilesSortedByNameAcrossFolders() throws {
    let (home, extra) = try makeHome()
    let index = SessionIndex(home: home, extraFolders: [extra])
    let names = index.sessionFiles().files.map(\.lastPathComponent)
    #expect(
      names == [
        "20261124-080000-boundaries-cccc.jsonl", "20261125-140307-self-doubt-aaaa.jsonl",
        "20261126-090000-time-bbbb.jsonl", "20261127-000000-x-dddd.jsonl",
      ])
  }

  @Test func summarisesEachSessionAndReportsBadFiles() throws {
    let (home, extra) = try makeHome()
    let (summaries, problems) = SessionIndex(home: home, extraFolders: [extra]).summaries()
    #expect(
      summaries.map(\.sessionID) == [
        "20261124-080000-boundaries-cccc", "20261125-140307-self-doubt-aaaa",
        "20261126-090000-time-bbbb",
      ])
    #expect(summaries.map(\.answerCount) == [2, 3, 1])
    #expect(summaries.map(\.isFinished) == [false, true, false])
    #expect(summaries[1].startedAt == Examples.start)
    #expect(summaries[1].lastTimestamp == Examples.start.addingTimeInterval(7 * 1.5))
    #expect(problems.map(\.url.lastPathComponent) == ["20261127-000000-x-dddd.jsonl"])
    #expect(problems.first?.message.hasSuffix("is not a MentorCoach transcript") == true)
  }

  @Test func summaryAgreesWithFullRead() throws {
    let (home, _) = try makeHome()
    let url = try SessionIndex(home: home).locate("20261125")
    let summary = try SessionSummary.read(url)
    let log = try TranscriptReader.read(url)
    #expect(summary.answerCount == log.answerCount)
    #expect(summary.isFinished == log.isFinished)
    #expect(summary.lastTimestamp == log.lastTimestamp)
  }

  @Test func findsLatestUnfinished() throws {
    let (home, extra) = try makeHome()
    #expect(
      SessionIndex(home: home, extraFolders: [extra]).latestUnfinished()?.sessionID
        == "20261126-090000-time-bbbb")
    #expect(
      SessionIndex(home: home).latestUnfinished()?.sessionID == "20261124-080000-boundaries-cccc")
  }

  /// The tail read agrees with the full summary on every kind of ending: a torn line after
  /// `ended`, a last line longer than the tail window, and a file that is not a transcript.
  @Test func latestUnfinishedReadsTailsAndAgreesWithTheFullSummaries() throws {
    let root = try Examples.temporaryFolder()
    let sessions = TranscriptWriter.sessionsFolder(home: root)
    try write("20261120-000000-a-0001", in: sessions, answers: 1)
    try write("20261121-000000-b-0002", in: sessions, answers: 2, ended: true)
    let torn = sessions.appendingPathComponent("20261121-000000-b-0002.jsonl")
    let handle = try FileHandle(forWritingTo: torn)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":9,"t":"2026-"#.utf8))
    try handle.close()
    #expect(try SessionSummary.read(torn).isFinished)
    #expect(SessionIndex(home: root).latestUnfinished()?.sessionID == "20261120-000000-a-0001")

    // An unfinished session whose last line is longer than the tail window is still found.
    var started = Examples.started
    started.session = "20261122-000000-c-0003"
    let long = String(repeating: "long ", count: 8_000)
    var data = try TranscriptEvent(seq: 0, time: Examples.start, payload: .started(started))
      .encodedLine()
    data += try TranscriptEvent(
      seq: 1, time: Examples.start,
      payload: .answered(Answer(step: "s", input: long, kind: .text))
    ).encodedLine()
    try data.write(to: sessions.appendingPathComponent("20261122-000000-c-0003.jsonl"))
    #expect(SessionIndex(home: root).latestUnfinished()?.sessionID == "20261122-000000-c-0003")
    #expect(SessionIndex(home: root).latestUnfinished()?.answerCount == 1)

    // Newer files that are finished, or not transcripts, are passed over.
    try write("20261123-000000-d-0004", in: sessions, answers: 1, ended: true)
    try Data("hello\n".utf8).write(
      to: sessions.appendingPathComponent("20261124-000000-x-0005.jsonl"))
    let (summaries, _) = SessionIndex(home: root).summaries()
    #expect(
      SessionIndex(home: root).latestUnfinished()?.sessionID
        == summaries.last { !$0.isFinished }?.sessionID)
  }

  @Test func namesEveryoneFromTheFirstLines() throws {
    let root = try Examples.temporaryFolder()
    let sessions = TranscriptWriter.sessionsFolder(home: root)
    try write("20261120-000000-a-0001", in: sessions, answers: 1)
    var workshop = Examples.started
    workshop.session = "20261121-000000-b-0002"
    workshop.name = nil
    workshop.participants = ["Ana", "Ben Ruiz", "DANA"]
    try TranscriptEvent(seq: 0, time: Examples.start, payload: .started(workshop)).encodedLine()
      .write(to: sessions.appendingPathComponent("20261121-000000-b-0002.jsonl"))
    try Data("hello\n".utf8).write(
      to: sessions.appendingPathComponent("20261122-000000-x-0003.jsonl"))
    let first = [Examples.started.name].compactMap { $0 } + Examples.started.participants
    #expect(
      SessionIndex(home: root).names()
        == first
        + ["Ana", "Ben Ruiz", "DANA"].filter { name in
          !first.contains { $0.lowercased() == name.lowercased() }
        })
  }

  @Test func locatesByIdPrefixOrPath() throws {
    let (home, extra) = try makeHome()
    let index = SessionIndex(home: home, extraFolders: [extra])
    #expect(try index.locate("20261126").lastPathComponent == "20261126-090000-time-bbbb.jsonl")
    #expect(
      try index.locate("20261125-140307-self-doubt-aaaa").lastPathComponent
        == "20261125-140307-self-doubt-aaaa.jsonl")
    let path = extra.appendingPathComponent("20261126-090000-time-bbbb.jsonl").path
    #expect(try index.locate(path).path == path)
  }

  @Test func listsCandidatesWhenAmbiguous() throws {
    let (home, extra) = try makeHome()
    let index = SessionIndex(home: home, extraFolders: [extra])
    let error = #expect(throws: TranscriptError.self) { try index.locate("202611") }
    #expect(
      error
        == .ambiguousSession(
          query: "202611",
          candidates: [
            "20261124-080000-boundaries-cccc", "20261125-140307-self-doubt-aaaa",
            "20261126-090000-time-bbbb", "20261127-000000-x-dddd",
          ]))
    #expect(
      throws: TranscriptError.sessionNotFound(query: "1999", folders: index.folders.map(\.path))
    ) {
      try index.locate("1999")
    }
  }

  @Test func treatsMissingFolderAsEmpty() throws {
    let index = SessionIndex(home: try Examples.temporaryFolder().appendingPathComponent("none"))
    #expect(index.sessionFiles().files.isEmpty)
    #expect(index.sessionFiles().problems.isEmpty)
    #expect(index.latestUnfinished() == nil)
  }
}
