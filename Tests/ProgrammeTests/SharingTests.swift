import Foundation
import Programme
import Review
import Testing
import Transcript

/// Sharing into a real PostgreSQL: what goes in comes back the same, sharing again changes
/// nothing, an interrupted upload loses and duplicates nothing, withdrawal deletes.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipped))
struct SharingTests {
  @Test func theSchemaIsCreatedOnceAndRecordsItsVersion() throws {
    let scratch = try ScratchDatabase(migrated: false)
    #expect(try SchemaMigrator.version(of: scratch.admin) == nil)
    #expect(throws: DatabaseError.self) { try DatabaseCatalog(database: scratch.admin) }
    let applied = try SchemaMigrator().migrate(scratch.admin)
    #expect(applied.map(\.version) == Migration.all.map(\.version))
    #expect(try SchemaMigrator().migrate(scratch.admin).isEmpty)
    #expect(try SchemaMigrator.version(of: scratch.admin) == SchemaMigrator().latestVersion)
    let indexes = try scratch.admin.query(
      "SELECT indexdef FROM pg_indexes WHERE tablename IN ('answers', 'events')"
    ).compactMap { $0[0] }
    #expect(indexes.contains { $0.contains("to_tsvector") || $0.contains("(words)") })
    #expect(indexes.contains { $0.contains("gin_trgm_ops") })
    #expect(indexes.contains { $0.contains("jsonb_path_ops") })
  }

  @Test func aSharedSessionReadsBackAsTheSameLog() throws {
    let scratch = try ScratchDatabase()
    let log = try Sessions.practice()
    try upload([log], to: scratch.admin)
    let catalog = try DatabaseCatalog(database: scratch.admin)
    let back = try catalog.log("20261125-140300")
    #expect(back.events == log.events)
    #expect(back.started == log.started)
    #expect(back.startedAt == log.startedAt)
    let summaries = try catalog.summaries()
    #expect(summaries.map(\.sessionID) == [log.sessionID])
    #expect(summaries.first?.answerCount == 3)
    #expect(summaries.first?.isFinished == true)
    let hits = try catalog.search(.text("FRAUD"))
    #expect(hits.map(\.question) == ["What happened, Dana?"])
    #expect(hits.map(\.who) == ["Dana"])
    #expect(try catalog.search(.tag("doubt")).count == 1)
    #expect(try catalog.search(.tag("doub")).isEmpty)
    let ratings = try scratch.admin.query(
      "SELECT rating FROM answers WHERE rating IS NOT NULL ORDER BY seq"
    ).map { $0[0] }
    #expect(ratings == ["4", "7"])
  }

  @Test func sharingAgainChangesNothing() throws {
    let scratch = try ScratchDatabase()
    let logs = try Sessions.many(5)
    try upload(logs, to: scratch.admin)
    let before = try snapshot(scratch)
    try upload(logs, to: scratch.admin)
    #expect(try snapshot(scratch) == before)
    #expect(try scratch.count("sessions") == 5)
    #expect(try scratch.count("events") == logs.map(\.events.count).reduce(0, +))
  }

  @Test func anUploadKilledMidwayLosesAndDuplicatesNothingWhenSharedAgain() throws {
    let scratch = try ScratchDatabase()
    let logs = try Sessions.many(7)
    let copies = try logs.map { try SharedSession(log: $0, sharedBy: "dana", redacted: false) }
    // The upload dies after its second batch is committed and before the rest is sent.
    struct Killed: Error {}
    var batches = 0
    #expect(throws: Killed.self) {
      try SessionUploader(database: scratch.admin, batchSize: 2).upload(copies) { _ in
        batches += 1
        if batches == 2 { throw Killed() }
      }
    }
    #expect(try scratch.count("sessions") == 4)
    // A connection lost inside a batch: its transaction never commits.
    do {
      let lost = try Database(ConnectionString(scratch.url()))
      try lost.execute("BEGIN")
      try lost.query(
        """
        INSERT INTO sessions (session_id, scenario, scenario_title, mode, participants, people,
          started_at, last_at, finished, answer_count, event_count, redacted)
        VALUES ($1, 'self-doubt', 't', 'practice', '{}', '{}', now(), now(), true, 0, 0, false)
        """, [logs[6].sessionID])
      #expect(try lost.query("SELECT count(*) FROM sessions").first?[0] == "5")
    }
    #expect(try scratch.count("sessions") == 4)
    // Sharing everything again, as `share --all-finished` would after the failure.
    try SessionUploader(database: scratch.admin, batchSize: 3).upload(copies) { _ in }
    #expect(try scratch.count("sessions") == 7)
    #expect(try scratch.count("events") == logs.map(\.events.count).reduce(0, +))
    #expect(try scratch.count("answers") == 7 * 3)
    let catalog = try DatabaseCatalog(database: scratch.admin)
    for log in logs { #expect(try catalog.log(log.sessionID).events == log.events) }
  }

  @Test func aRedactedShareHoldsNoNameNoteOrCaptureAndReplacesAnEarlierCopy() throws {
    let scratch = try ScratchDatabase()
    let log = try Sessions.practice(name: "Dana Whitfield", text: "Whitfield's rota is mine")
    try upload([log], to: scratch.admin)
    var redactor = Redactor()
    try SessionUploader(database: scratch.admin).upload(
      [try SharedSession(log: redactor.redact(log), sharedBy: "dana", redacted: true)]
    ) { _ in }
    let everything =
      try scratch.admin.query(
        "SELECT string_agg(line, ' ') FROM events"
      ).first?[0] ?? ""
    #expect(!everything.contains("Dana"))
    #expect(!everything.contains("supervisor"))
    #expect(!everything.contains("captures\":{\"feeling"))
    let stored = try scratch.admin.query(
      "SELECT person, redacted, array_to_string(people, ',') FROM sessions")
    #expect(stored.first == ["Participant 1", "t", "participant 1"])
    #expect(try scratch.count("events WHERE type = 'note'") == 0)
    let answers = try scratch.admin.query("SELECT string_agg(input || question, ' ') FROM answers")
    #expect(answers.first?[0]?.contains("Dana") == false)
  }

  @Test func withdrawingDeletesTheSessionWithItsEventsAndAnswers() throws {
    let scratch = try ScratchDatabase()
    let logs = try Sessions.many(2)
    try upload(logs, to: scratch.admin)
    let uploader = SessionUploader(database: scratch.admin)
    #expect(try uploader.withdraw([logs[0].sessionID]) == [logs[0].sessionID])
    #expect(try uploader.withdraw([logs[0].sessionID]).isEmpty)
    #expect(try scratch.count("sessions") == 1)
    #expect(try scratch.count("events") == logs[1].events.count)
    #expect(try scratch.count("answers WHERE session_id = '\(logs[0].sessionID)'") == 0)
  }

  @Test func theLedgerRecordsSharesAndWithdrawalsPrivately() throws {
    let folder = try Folder()
    let ledger = ShareLedger(home: folder.url.appendingPathComponent("home"))
    try ledger.append([
      .init(action: "shared", session: "a", at: 1, by: "dana", redacted: true, database: "x"),
      .init(action: "shared", session: "b", at: 2, by: "dana", redacted: false, database: "x"),
    ])
    try ledger.append([
      .init(action: "withdrawn", session: "a", at: 3, by: "dana", redacted: nil, database: "x")
    ])
    #expect(ledger.latest().map { "\($0.session) \($0.action)" } == ["b shared", "a withdrawn"])
    let attributes = try FileManager.default.attributesOfItem(atPath: ledger.fileURL.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  private func upload(_ logs: [SessionLog], to database: Database) throws {
    let copies = try logs.map { try SharedSession(log: $0, sharedBy: "dana", redacted: false) }
    try SessionUploader(database: database).upload(copies) { _ in }
  }

  private func snapshot(_ scratch: ScratchDatabase) throws -> [[String?]] {
    Array(
      try scratch.admin.query(
        """
        SELECT e.session_id, e.seq, e.line, a.input, a.question, s.answer_count
        FROM events e JOIN sessions s USING (session_id)
        LEFT JOIN answers a ON a.session_id = e.session_id AND a.seq = e.seq
        ORDER BY 1, 2
        """))
  }
}
