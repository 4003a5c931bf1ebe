import Foundation
import Programme
import TestSupport
import Testing

/// `workshop --share`: the facilitator's consent, checked before the room starts and kept.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipped))
struct WorkshopShareTests {
  static let input = """
    I am so busy with clinic
    I have no time at all
    :group
    5
    1
    I will email them tomorrow
    I will book it

    """

  static func workshop(_ coach: BinaryRunner, _ extra: [String]) throws -> BinaryRunner.Result {
    try coach.run(
      ["workshop", "first-meeting", "--participants", "Ana,Ben", "--code", "W9"] + extra
        + CommandTests.options,
      input: input)
  }

  @Test func aSharedWorkshopLandsWithItsConsentAndAnUnsharedOneDoesNot() throws {
    let scratch = try ScratchDatabase()
    let coach = try BinaryRunner()
    let plain = try Self.workshop(coach, [])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(try scratch.count("sessions") == 0)
    let shared = try Self.workshop(coach, ["--share", "--to", scratch.url()])
    #expect(shared.status == 0, "\(shared.stderr)")
    #expect(shared.stdout.contains("shared this session with postgres@"))
    let ids = CommandTests.ids(coach)
    try #require(ids.count == 2)
    let rows = try scratch.admin.query("SELECT session_id FROM sessions").compactMap { $0[0] }
    #expect(rows.count == 1)
    let id = try #require(rows.first)
    let text = try String(
      contentsOf: coach.home.appendingPathComponent("sessions/\(id).jsonl"), encoding: .utf8)
    let consent = #""share":{"by":"#
    #expect(text.split(separator: "\n").first?.contains(consent) == true)
    let started = try scratch.admin.query(
      "SELECT body->'share'->>'redacted' FROM events WHERE session_id = $1 AND type = 'started'",
      [id])
    #expect(started.map { $0[0] } == ["false"])
    let other = try #require(ids.first { $0 != id })
    let plainText = try String(
      contentsOf: coach.home.appendingPathComponent("sessions/\(other).jsonl"), encoding: .utf8)
    #expect(!plainText.contains(#""share""#))
    let list = try coach.run(["share", "--list"] + CommandTests.options, input: "")
    #expect(list.stdout.contains(id) && !list.stdout.contains(other))
  }

  @Test func aBadDatabaseStopsTheWorkshopBeforeItStarts() throws {
    let coach = try BinaryRunner()
    for url in [
      "postgresql://mentor@db.example.org/programme?sslmode=disable", "postgresql://[broken",
    ] {
      let run = try Self.workshop(coach, ["--share", "--to", url])
      #expect(run.status == 2, "\(run.stdout)")
      #expect(run.stderr.hasPrefix("mentor-coach: "))
      #expect(!run.stdout.contains("first"), "\(run.stdout)")
      #expect(coach.sessionFiles().isEmpty)
    }
    let misuse = try Self.workshop(coach, ["--redact"])
    #expect(misuse.status == 2)
    #expect(coach.sessionFiles().isEmpty)
  }
}

extension WorkshopShareTests {
  @Test func aPausedWorkshopIsSharedAndANulCharacterIsStoredAsItsSymbol() throws {
    let scratch = try ScratchDatabase()
    let coach = try BinaryRunner()
    let paused = try coach.run(
      ["workshop", "first-meeting", "--participants", "Ana,Ben", "--share", "--to", scratch.url()]
        + CommandTests.options,
      input: "I am so busy with clinic\n")
    #expect(paused.status == 0, "\(paused.stderr)")
    #expect(try scratch.count("sessions WHERE NOT finished") == 1)
    let pausedID = try #require(CommandTests.ids(coach).first)
    let resumed = try coach.run(
      ["resume", pausedID] + CommandTests.options, input: "I have no time at all\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stderr.contains("to share the rest: mentor-coach share \(pausedID)\n"))
    let nul = try coach.run(
      ["workshop", "first-meeting", "--participants", "Ana,Ben", "--share", "--to", scratch.url()]
        + CommandTests.options,
      input: "busy\u{0} with clinic \\u0000 typed\n")
    #expect(nul.status == 0, "\(nul.stderr)")
    #expect(nul.stdout.contains("shared this session"))
    let id = try #require(
      CommandTests.ids(coach).first { id in
        try String(
          contentsOf: coach.home.appendingPathComponent("sessions/\(id).jsonl"), encoding: .utf8
        ).contains(#"busy\u0000"#)
      })
    let input = try scratch.admin.query(
      "SELECT input FROM answers WHERE session_id = $1", [id]
    ).compactMap { $0[0] }
    #expect(input == ["busy\u{2400} with clinic \\u0000 typed"])
    let body = try scratch.admin.query(
      "SELECT body->>'input' FROM events WHERE session_id = $1 AND type = 'answered'", [id])
    #expect(body.compactMap { $0[0] } == ["busy\u{2400} with clinic \\u0000 typed"])
  }

  @Test func aFailedShareAtTheEndKeepsTheTranscriptAndSaysHowToRetry() throws {
    let scratch = try ScratchDatabase()
    let coach = try BinaryRunner()
    // A reviewer's role connects and sees the schema (so the check before the room passes)
    // but may not write, so the share at the end fails.
    let reviewer = try scratch.roles(mentors: [], reviewers: ["lead"]).reviewers[0]
    let run = try Self.workshop(coach, ["--share", "--to", scratch.url(user: reviewer)])
    #expect(run.status == 2)
    let id = try #require(CommandTests.ids(coach).first)
    #expect(run.stderr.contains("this session was not shared: "))
    #expect(run.stderr.contains("to share it later: mentor-coach share \(id)"))
    let text = try String(
      contentsOf: coach.home.appendingPathComponent("sessions/\(id).jsonl"), encoding: .utf8)
    #expect(text.contains(#""completed":true"#))
    #expect(try scratch.count("sessions") == 0)
  }
}

extension WorkshopShareTests {
  @Test func aRedactedWorkshopShareLeavesTheNamesBehind() throws {
    let scratch = try ScratchDatabase()
    let coach = try BinaryRunner()
    let run = try Self.workshop(coach, ["--share", "--redact", "--to", scratch.url()])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("shared this session, redacted, with"))
    let rows = try scratch.admin.query(
      "SELECT array_to_string(participants, ','), redacted::text FROM sessions")
    #expect(rows.map { [$0[0], $0[1]] } == [["Participant 1,Participant 2", "true"]])
    #expect(try scratch.count("events WHERE line LIKE '%Ana%' OR line LIKE '%Ben%'") == 0)
    let text = try String(contentsOf: try #require(coach.sessionFiles().first), encoding: .utf8)
    #expect(text.contains(#""redacted":true"#) && text.contains("Ana"))
  }
}
