import Foundation
import Testing
import Transcript

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct TranscriptWriterTests {
  private func mode(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
  }

  @Test func createsPrivateFolderAndFile() throws {
    let home = try Examples.temporaryFolder().appendingPathComponent("home")
    let writer = try TranscriptWriter(
      home: home, scenarioID: "self-doubt", clock: Examples.clock(), random: { 0xAB })
    #expect(try mode(of: home) == 0o700)
    #expect(try mode(of: home.appendingPathComponent("sessions")) == 0o700)
    #expect(try mode(of: writer.fileURL) == 0o600)
    #expect(writer.sessionID == "20261125-140307-self-doubt-00ab")
    #expect(writer.fileURL.lastPathComponent == "20261125-140307-self-doubt-00ab.jsonl")
  }

  @Test func namesFilesSafelyAndAvoidsClashes() throws {
    let home = try Examples.temporaryFolder()
    var randoms: [UInt16] = [1, 1, 0xBEEF]
    let next = { randoms.removeFirst() }
    let first = try TranscriptWriter(
      home: home, scenarioID: "../odd id", clock: { Examples.start }, random: next)
    let second = try TranscriptWriter(
      home: home, scenarioID: "../odd id", clock: { Examples.start }, random: next)
    #expect(first.sessionID == "20261125-140307-_._odd_id-0001")
    #expect(second.sessionID == "20261125-140307-_._odd_id-beef")
  }

  @Test func writesWholeLinesWithConsecutiveSeq() throws {
    let home = try Examples.temporaryFolder()
    let writer = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    for payload in Examples.everyPayload {
      try writer.append(payload)
    }
    let data = try Data(contentsOf: writer.fileURL)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasSuffix("\n"))
    let lines = text.split(separator: "\n")
    #expect(lines.count == Examples.everyPayload.count)
    let log = try TranscriptReader.read(writer.fileURL)
    #expect(log.events.map(\.seq) == Array(0..<Examples.everyPayload.count))
    #expect(log.events.map(\.payload) == Examples.everyPayload)
    #expect(log.problems.isEmpty)
  }

  @Test func writesATurnTogetherWithConsecutiveSeq() throws {
    let home = try Examples.temporaryFolder()
    let writer = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    try writer.append(Examples.everyPayload[0])
    let turn = Array(Examples.everyPayload.dropFirst())
    let events = try writer.append(contentsOf: turn, who: "Ana")
    #expect(events.map(\.seq) == Array(1..<Examples.everyPayload.count))
    #expect(writer.nextSeq == Examples.everyPayload.count)
    #expect(try writer.append(contentsOf: []).isEmpty)
    let log = try TranscriptReader.read(writer.fileURL)
    #expect(log.events.map(\.payload) == Examples.everyPayload)
    #expect(log.events.dropFirst().allSatisfy { $0.who == "Ana" })
    #expect(log.problems.isEmpty)
    writer.close()
    #expect(throws: TranscriptError.self) { try writer.append(contentsOf: turn) }
    #expect(writer.nextSeq == Examples.everyPayload.count)
  }

  @Test func continuesSeqWhenResumingAndCutsTornTail() throws {
    let home = try Examples.temporaryFolder()
    let first = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    try first.append(.started(Examples.started))
    try first.append(.note(text: "one"))
    try first.append(.paused(reason: .eof))
    first.close()
    let handle = try FileHandle(forWritingTo: first.fileURL)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":3,"t":"2026-11-"#.utf8))
    try handle.close()

    let resumed = try TranscriptWriter(appendingTo: first.fileURL, clock: Examples.clock())
    #expect(resumed.nextSeq == 3)
    let event = try resumed.append(.resumed(from: 3), who: nil)
    #expect(event.seq == 3)
    let log = try TranscriptReader.read(first.fileURL)
    #expect(log.problems.isEmpty)
    #expect(log.events.map(\.seq) == [0, 1, 2, 3])
  }

  @Test func writes200KilobyteAnswerWithControlCharacters() throws {
    let home = try Examples.temporaryFolder()
    let writer = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    try writer.append(.started(Examples.started))
    let input = String(repeating: "é\u{1B}[2J\u{0}\"\\\u{FFFD}\n", count: 20_000)
    #expect(input.utf8.count > 200_000)
    try writer.append(.answered(Answer(step: "s", input: input, kind: .text)))
    let log = try TranscriptReader.read(writer.fileURL)
    #expect(log.events.count == 2)
    #expect(log.replayInputs == [.answer(input, who: nil)])
  }

  @Test func reportsFolderThatCannotBeCreated() throws {
    let file = try Examples.temporaryFolder().appendingPathComponent("plain-file")
    try Data("x".utf8).write(to: file)
    let home = file.appendingPathComponent("home")
    #expect(
      throws: TranscriptError.cannotCreateFolder(path: file.path, reason: "a file is in the way")
    ) {
      try TranscriptWriter.checkWritable(home: home)
    }
  }

  @Test func reportsSystemReasonWhenFolderCannotBeCreated() throws {
    let home = try Examples.temporaryFolder().appendingPathComponent(
      String(repeating: "x", count: 300))
    let error = #expect(throws: TranscriptError.self) {
      try TranscriptWriter(home: home, scenarioID: "s")
    }
    #expect(error?.localizedDescription == "cannot create folder \(home.path): File name too long")
  }

  @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
  func reportsFolderThatCannotBeWritten() throws {
    let home = try Examples.temporaryFolder()
    let sessions = TranscriptWriter.sessionsFolder(home: home)
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    #expect(chmod(sessions.path, 0o500) == 0)
    defer { _ = chmod(sessions.path, 0o700) }
    let error = #expect(throws: TranscriptError.self) {
      try TranscriptWriter.checkWritable(home: home)
    }
    #expect(error?.localizedDescription == "cannot write to \(sessions.path): Permission denied")
  }

  @Test func describesWriteErrorsWithPathAndReason() {
    let error = TranscriptError.cannotWrite(path: "/x/sessions", reason: "Permission denied")
    #expect(error.localizedDescription == "cannot write to /x/sessions: Permission denied")
  }

  @Test func checkWritableLeavesNothingBehind() throws {
    let home = try Examples.temporaryFolder().appendingPathComponent("new-home")
    try TranscriptWriter.checkWritable(home: home)
    let sessions = TranscriptWriter.sessionsFolder(home: home)
    #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty)
    #expect(try mode(of: sessions) == 0o700)
  }

  @Test func refusesToAppendAfterClose() throws {
    let writer = try TranscriptWriter(home: Examples.temporaryFolder(), scenarioID: "s")
    writer.close()
    #expect(throws: TranscriptError.self) { try writer.append(.note(text: "late")) }
  }

  @Test func oneSessionHasOneWriterAtATime() throws {
    let home = try Examples.temporaryFolder()
    let first = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    try first.append(.started(Examples.started))
    #expect(throws: TranscriptError.sessionInUse(path: first.fileURL.path)) {
      try TranscriptWriter(appendingTo: first.fileURL)
    }
    first.close()
    let second = try TranscriptWriter(appendingTo: first.fileURL)
    #expect(second.resumedLog?.events.count == 1)
    #expect(throws: TranscriptError.sessionInUse(path: first.fileURL.path)) {
      try TranscriptWriter(appendingTo: first.fileURL)
    }
    #expect(
      TranscriptError.sessionInUse(path: "/x/sessions/20261125-140307-s-0001.jsonl")
        .localizedDescription
        == "this session is open in another window (20261125-140307-s-0001); leave it there with :quit, then resume it here"
    )
  }

  @Test func aRefusedWriterLeavesATornTailForTheOneHoldingTheSession() throws {
    let home = try Examples.temporaryFolder()
    let first = try TranscriptWriter(home: home, scenarioID: "s", clock: Examples.clock())
    try first.append(.started(Examples.started))
    let handle = try FileHandle(forWritingTo: first.fileURL)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(#"{"seq":1,"t":"2026-11-"#.utf8))
    try handle.close()
    let before = try Data(contentsOf: first.fileURL)
    #expect(throws: TranscriptError.self) { try TranscriptWriter(appendingTo: first.fileURL) }
    #expect(try Data(contentsOf: first.fileURL) == before)
  }
}
