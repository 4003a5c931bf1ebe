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
