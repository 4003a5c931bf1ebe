/// Copies sessions into the programme database: the upload of `mentor-coach share`.
///
/// Sessions go in batches, each batch in one transaction: its `sessions` rows are upserted by
/// session id, its `events` and `answers` rows by session id and sequence number, and rows of
/// those sessions that are no longer in the copy (a note dropped by a redacted re-share) are
/// deleted. A batch lands whole or not at all, so an upload that is killed or loses its
/// connection never leaves half a session, and sharing again is harmless: it writes the same
/// rows. The values travel as one JSON parameter per table, read by `jsonb_to_recordset`, so
/// nothing from a transcript is ever part of the SQL text.
public struct SessionUploader {
  /// The connection.
  public var database: Database
  /// How many sessions go in one transaction.
  public var batchSize: Int

  /// Creates an uploader.
  ///
  /// - Parameters:
  ///   - database: The connection, as a role that may insert (a mentor).
  ///   - batchSize: Sessions per transaction.
  public init(database: Database, batchSize: Int = 200) {
    self.database = database
    self.batchSize = max(1, batchSize)
  }

  /// Uploads sessions, batch by batch.
  ///
  /// - Parameters:
  ///   - sessions: The sessions' rows.
  ///   - committed: Called after each batch is committed, with its sessions, so the caller can
  ///     record them as shared.
  /// - Throws: ``DatabaseError``; the batches committed before it stay shared.
  public func upload(_ sessions: [SharedSession], committed: ([SharedSession]) throws -> Void)
    throws
  {
    var start = 0
    while start < sessions.count {
      let batch = Array(sessions[start..<min(start + batchSize, sessions.count)])
      try database.transaction {
        try database.query(Self.upsertSessions, [try JSON.text(batch.map(\.header))])
        let events = try JSON.text(batch.flatMap(\.events))
        try database.query(Self.upsertEvents, [events])
        let answers = try JSON.text(batch.flatMap(\.answers))
        try database.query(Self.upsertAnswers, [answers])
        let ids = try JSON.text(batch.map(\.id))
        try database.query(Self.deleteStale("events"), [ids, events])
        try database.query(Self.deleteStale("answers"), [ids, answers])
      }
      try committed(batch)
      start += batchSize
    }
  }

  /// Deletes sessions this role shared, with their events and answers.
  ///
  /// - Parameter ids: Session ids.
  /// - Returns: The ids that were in the database and are deleted now.
  /// - Throws: ``DatabaseError``.
  public func withdraw(_ ids: [String]) throws -> [String] {
    try database.query(
      "DELETE FROM sessions WHERE session_id IN (SELECT jsonb_array_elements_text($1::jsonb)) RETURNING session_id",
      [try JSON.text(ids)]
    ).compactMap { $0[0] }
  }

  private static let upsertSessions = """
    INSERT INTO sessions (session_id, scenario, scenario_title, mode, workshop, person,
      participants, people, started_at, last_at, finished, answer_count, event_count,
      shared_by, shared_at, redacted)
    SELECT s.session_id, s.scenario, s.scenario_title, s.mode, s.workshop, s.person,
      s.participants, ARRAY(SELECT lower(p) FROM unnest(s.people) p),
      to_timestamp(s.started_ms / 1000.0), to_timestamp(s.last_ms / 1000.0), s.finished,
      s.answer_count, s.event_count, s.shared_by, now(), s.redacted
    FROM jsonb_to_recordset($1::jsonb) AS s(session_id text, scenario text,
      scenario_title text, mode text, workshop text, person text, participants text[],
      people text[], started_ms bigint, last_ms bigint, finished boolean, answer_count integer,
      event_count integer, shared_by text, redacted boolean)
    ON CONFLICT (session_id) DO UPDATE SET scenario = EXCLUDED.scenario,
      scenario_title = EXCLUDED.scenario_title, mode = EXCLUDED.mode,
      workshop = EXCLUDED.workshop, person = EXCLUDED.person,
      participants = EXCLUDED.participants, people = EXCLUDED.people,
      started_at = EXCLUDED.started_at, last_at = EXCLUDED.last_at,
      finished = EXCLUDED.finished, answer_count = EXCLUDED.answer_count,
      event_count = EXCLUDED.event_count, shared_by = EXCLUDED.shared_by,
      shared_at = EXCLUDED.shared_at, redacted = EXCLUDED.redacted
    """

  private static let upsertEvents = """
    INSERT INTO events (session_id, seq, type, who, t, line, body)
    SELECT e.session_id, e.seq, e.type, e.who, to_timestamp(e.t_ms / 1000.0), e.line,
      e.line::jsonb
    FROM jsonb_to_recordset($1::jsonb) AS e(session_id text, seq integer, type text, who text,
      t_ms bigint, line text)
    ON CONFLICT (session_id, seq) DO UPDATE SET type = EXCLUDED.type, who = EXCLUDED.who,
      t = EXCLUDED.t, line = EXCLUDED.line, body = EXCLUDED.body
    """

  private static let upsertAnswers = """
    INSERT INTO answers (session_id, seq, step, who, question, input, kind, rating, accepted,
      tags)
    SELECT a.session_id, a.seq, a.step, a.who, a.question, a.input, a.kind, a.rating,
      a.accepted, a.tags
    FROM jsonb_to_recordset($1::jsonb) AS a(session_id text, seq integer, step text, who text,
      question text, input text, kind text, rating integer, accepted boolean, tags text[])
    ON CONFLICT (session_id, seq) DO UPDATE SET step = EXCLUDED.step, who = EXCLUDED.who,
      question = EXCLUDED.question, input = EXCLUDED.input, kind = EXCLUDED.kind,
      rating = EXCLUDED.rating, accepted = EXCLUDED.accepted, tags = EXCLUDED.tags
    """

  /// Deletes the rows of the batch's sessions whose sequence number is not in the new copy.
  private static func deleteStale(_ table: String) -> String {
    """
    DELETE FROM \(table) AS old
    WHERE old.session_id IN (SELECT jsonb_array_elements_text($1::jsonb))
      AND (old.session_id, old.seq) NOT IN (SELECT r.session_id, r.seq
        FROM jsonb_to_recordset($2::jsonb) AS r(session_id text, seq integer))
    """
  }
}
