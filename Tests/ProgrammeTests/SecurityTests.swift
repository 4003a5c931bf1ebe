import Foundation
import Programme
import Review
import Testing
import Transcript

/// Who may see and change what, and text that tries to be SQL.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipped))
struct SecurityTests {
  @Test func aMentorSeesAndWithdrawsOnlyTheirOwnSessionsAndAReviewerReadsAll() throws {
    let scratch = try ScratchDatabase()
    let roles = try scratch.roles(mentors: ["alice", "bob"], reviewers: ["lead"])
    let alice = try scratch.connect(as: roles.mentors[0])
    let bob = try scratch.connect(as: roles.mentors[1])
    let lead = try scratch.connect(as: roles.reviewers[0])
    try share([try Sessions.practice("20261125-140300-a-0001", name: "Ann")], alice)
    try share([try Sessions.practice("20261125-140300-b-0002", name: "Ben")], bob)

    #expect(
      try DatabaseCatalog(database: alice).summaries().map(\.sessionID) == [
        "20261125-140300-a-0001"
      ])
    #expect(
      try DatabaseCatalog(database: bob).summaries().map(\.sessionID) == ["20261125-140300-b-0002"])
    #expect(
      try DatabaseCatalog(database: bob).search(.text("fraud")).map(\.sessionID) == [
        "20261125-140300-b-0002"
      ])
    #expect(throws: DatabaseError.self) {
      try DatabaseCatalog(database: bob).log("20261125-140300-a")
    }
    #expect(
      try bob.query("SELECT count(*) FROM events WHERE session_id = '20261125-140300-a-0001'")
        .first?[0] == "0")
    #expect(try SessionUploader(database: bob).withdraw(["20261125-140300-a-0001"]).isEmpty)
    // Bob cannot overwrite Alice's session by sharing one with the same id.
    let error = #expect(throws: DatabaseError.self) {
      try share([try Sessions.practice("20261125-140300-a-0001", name: "Mallory")], bob)
    }
    #expect(error?.isRefusal == true)

    let reviewer = try DatabaseCatalog(database: lead)
    #expect(try reviewer.summaries().count == 2)
    #expect(try reviewer.log("20261125-140300-a").started.name == "Ann")
    let refused = #expect(throws: DatabaseError.self) {
      try share([try Sessions.practice("20261125-140300-c-0003")], lead)
    }
    #expect(refused?.isRefusal == true)
    #expect(throws: DatabaseError.self) {
      try lead.query("DELETE FROM sessions")
    }
    #expect(try scratch.count("sessions") == 2)
    let owners = try scratch.admin.query("SELECT owner FROM sessions ORDER BY session_id").map {
      $0[0]
    }
    #expect(owners == [roles.mentors[0], roles.mentors[1]])
  }

  /// Text that would end a string, a statement or an identifier, or widen a pattern.
  static let attacks = [
    "'; DROP TABLE sessions; --", "Robert'); DELETE FROM events;--", "\"; DROP TABLE answers; --",
    "$$; DROP TABLE events; $$", "\\'; TRUNCATE sessions; --", "%_\\%", "x' OR '1'='1",
    "\u{0}nul", "💥 'quoted' \"double\"",
  ]

  @Test func textThatLooksLikeSQLIsStoredAndFoundAsText() throws {
    let scratch = try ScratchDatabase()
    var logs: [SessionLog] = []
    for (index, attack) in Self.attacks.enumerated() {
      let clean = attack.replacingOccurrences(of: "\u{0}", with: "")
      let scenario = ScenarioInfo(id: clean, version: clean, hash: clean, title: clean)
      logs.append(
        try Sessions.practice(
          "20261125-14000\(index)-\(clean)", name: clean, text: clean, tag: clean, step: clean,
          workshop: clean, scenario: scenario))
    }
    try share(logs, scratch.admin)
    #expect(try scratch.count("sessions") == logs.count)
    let catalog = try DatabaseCatalog(database: scratch.admin)
    for log in logs {
      #expect(try catalog.log(log.sessionID).events == log.events)
      let name = try #require(log.started.name)
      for filter in [
        SessionFilter(scenario: name), SessionFilter(participant: name),
        SessionFilter(workshop: name),
      ] {
        #expect(try catalog.summaries(filter: filter).map(\.sessionID) == [log.sessionID])
      }
      #expect(try catalog.search(.tag(name)).map(\.sessionID) == [log.sessionID])
      #expect(try catalog.search(.text(name + ", said")).map(\.sessionID) == [log.sessionID])
    }
    // `%` and `_` are letters to look for, not patterns.
    #expect(try catalog.search(.text("%_\\%")).count == 1)
    #expect(try catalog.search(.text("%")).count == 1)
    #expect(try catalog.search(.text("'1'='1")).count == 1)
    #expect(throws: DatabaseError.self) { try catalog.log("'; DROP TABLE sessions; --x") }
    #expect(try scratch.count("sessions") == logs.count)
    #expect(try scratch.count("events") == logs.map(\.events.count).reduce(0, +))
  }

  private func share(_ logs: [SessionLog], _ database: Database) throws {
    let copies = try logs.map { try SharedSession(log: $0, sharedBy: "t", redacted: false) }
    try SessionUploader(database: database).upload(copies) { _ in }
  }
}
