import Foundation
import Testing
import Transcript

@testable import mentor_coach

/// Which sessions the home screen offers to resume, read mostly from each file's last line.
@Suite struct HomeUnfinishedTests {
  static let started =
    #"{"mode":"practice","participants":[],"program":"0.1.0","scenario":{"hash":"h","id":"first-meeting","title":"Your first meeting","version":"1"},"session":"ID","seq":0,"t":"2026-12-02T10:00:00.000Z","type":"started","v":1}"#
  static let answered =
    #"{"accepted":true,"captures":{},"input":"busy","kind":"text","seq":1,"step":"opening","t":"2026-12-02T10:00:01.000Z","tags":[],"type":"answered","v":1}"#
  static let ended =
    #"{"completed":true,"seq":2,"t":"2026-12-02T10:00:02.000Z","type":"ended","v":1}"#

  @Test func finishedSessionsArePassedOverAndTheLatestComeFirst() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("home-unfinished-\(UUID().uuidString)")
    let sessions = home.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let files = [
      ("20261202-100000-first-meeting-0001", [Self.started, Self.answered], true),
      ("20261202-100100-first-meeting-0002", [Self.started, Self.answered, Self.ended], true),
      // An ending that was torn mid-line was never acknowledged: the session is unfinished.
      (
        "20261202-100200-first-meeting-0003", [Self.started, Self.answered, "{\"completed\":tr"],
        false
      ),
      ("20261202-100300-first-meeting-0004", [Self.started, Self.ended], true),
    ]
    for (id, lines, endsWithNewline) in files {
      let text =
        lines.map { $0.replacingOccurrences(of: "\"ID\"", with: "\"\(id)\"") }
        .joined(separator: "\n") + (endsWithNewline ? "\n" : "")
      try Data(text.utf8).write(to: sessions.appendingPathComponent(id + ".jsonl"))
    }
    let offered = Home.unfinished(in: home).map(\.sessionID)
    #expect(
      offered == ["20261202-100200-first-meeting-0003", "20261202-100000-first-meeting-0001"])
  }
}
