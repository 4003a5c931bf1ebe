import Foundation
public import Review
public import Transcript

/// Reads shared sessions back out of the programme database for the `review` commands, in the
/// same types the files give, so that the same renderers print the same text.
///
/// PostgreSQL does the selecting: the filters of `review list` and `review report`, the words
/// and tags of `review search` (on the trigram and array indexes), and the order (session id
/// as bytes, as file names sort). Each row found is then checked again with Review's own
/// matching (``SessionFilter``, ``AnswerSearch/matches(_:_:)``), so the database can only narrow
/// what the files would give, never change it. Sessions come back as their transcript lines,
/// parsed by ``TranscriptReader``.
public struct DatabaseCatalog {
  /// The connection, as a reviewer (or a mentor, who sees only their own sessions).
  public var database: Database

  /// Creates a catalog, after checking that the database has the current schema.
  ///
  /// - Parameter database: The connection.
  /// - Throws: ``DatabaseError`` when the schema is missing or old.
  public init(database: Database) throws {
    self.database = database
    try SchemaMigrator().requireCurrent(database)
  }

  /// Summaries of the sessions that pass the filter, as `review list` shows them.
  ///
  /// - Parameter filter: Which sessions to keep.
  /// - Returns: The summaries, ordered by session id.
  /// - Throws: ``DatabaseError``.
  public func summaries(filter: SessionFilter = SessionFilter()) throws -> [SessionSummary] {
    let (conditions, values) = Self.conditions(filter)
    var summaries: [SessionSummary] = []
    try database.stream(
      """
      SELECT s.session_id, s.answer_count, s.finished,
        (extract(epoch FROM s.last_at) * 1000)::bigint, first.line
      FROM sessions s
      CROSS JOIN LATERAL (SELECT e.line FROM events e WHERE e.session_id = s.session_id
        ORDER BY e.seq LIMIT 1) AS first
      WHERE \(conditions)
      ORDER BY s.session_id COLLATE "C"
      """, values
    ) { row in
      guard let id = row[0], let line = row[4],
        let event = try? TranscriptEvent.decode(line: Data(line.utf8)),
        case .started(let started) = event.payload
      else { return }
      let summary = SessionSummary(
        fileURL: Self.fileURL(id), started: started, startedAt: event.time,
        answerCount: row[1].flatMap(Int.init) ?? 0, isFinished: row[2] == "t",
        lastTimestamp: Date(timeIntervalSince1970: (row[3].flatMap(Double.init) ?? 0) / 1000))
      if filter.matches(summary) { summaries.append(summary) }
    }
    return summaries
  }

  /// Hands each session that passes the filter to `body`, ordered by session id, one at a
  /// time, as they arrive.
  ///
  /// - Parameters:
  ///   - filter: Which sessions to keep.
  ///   - body: Called with each session.
  /// - Throws: ``DatabaseError``.
  public func forEachLog(filter: SessionFilter = SessionFilter(), _ body: (SessionLog) -> Void)
    throws
  {
    let (conditions, values) = Self.conditions(filter)
    var current: String?
    var lines: [String] = []
    var pending: [(id: String, lines: [String])] = []
    // Sessions are parsed a chunk at a time on every core, and handed over in order.
    func parse() {
      let logs = ParallelMap.map(pending) { Self.log($0.id, lines: $0.lines) }
      for case let log? in logs where filter.matches(log) { body(log) }
      pending.removeAll(keepingCapacity: true)
    }
    func flush() {
      guard let id = current else { return }
      pending.append((id, lines))
      lines.removeAll(keepingCapacity: true)
      if pending.count >= 256 { parse() }
    }
    try database.stream(
      """
      SELECT e.session_id, e.line FROM sessions s JOIN events e ON e.session_id = s.session_id
      WHERE \(conditions)
      ORDER BY s.session_id COLLATE "C", e.seq
      """, values
    ) { row in
      guard let id = row[0], let line = row[1] else { return }
      if id != current {
        flush()
        current = id
      }
      lines.append(line)
    }
    flush()
    parse()
  }

  /// One session, by its id or a unique start of it, as `review show` and `review export`
  /// take it.
  ///
  /// - Parameter query: The id or its start.
  /// - Returns: The session.
  /// - Throws: ``DatabaseError`` when no session or several match.
  public func log(_ query: String) throws -> SessionLog {
    let id = try locate(query)
    let lines = try database.query(
      "SELECT line FROM events WHERE session_id = $1 ORDER BY seq", [id]
    ).compactMap { $0[0] }
    guard let log = Self.log(id, lines: lines) else {
      throw DatabaseError("the session \(id) in the programme database has no start event")
    }
    return log
  }

  /// Every answer matching the query, ordered by session id then position.
  ///
  /// - Parameter query: Words or a tag.
  /// - Returns: The hits, as `review search` shows them.
  /// - Throws: ``DatabaseError``.
  public func search(_ query: SearchQuery) throws -> [SearchHit] {
    let condition: String
    let value: String
    switch query {
    case .text(let words):
      // The longest ASCII run of the words: `ILIKE` folds ASCII letters the same on every
      // server, whatever its locale; Review's matching then decides.
      let run = words.split(whereSeparator: { !$0.isASCII }).map(String.init)
        .max(by: { $0.count < $1.count })
      condition = "a.input ILIKE $1"
      value = "%" + Self.escapeLike(run ?? "") + "%"
    case .tag(let tag):
      condition =
        "EXISTS (SELECT 1 FROM unnest(a.tags) t WHERE lower(t) = lower($1) OR starts_with(lower(t), lower($1) || '.'))"
      value = tag
    }
    var hits: [SearchHit] = []
    try database.stream(
      """
      SELECT a.session_id, a.step, a.who, a.question, a.input, array_to_json(a.tags)::text
      FROM answers a WHERE \(condition)
      ORDER BY a.session_id COLLATE "C", a.seq
      """, [value]
    ) { row in
      guard let id = row[0], let step = row[1], let input = row[4] else { return }
      let tags =
        row[5].flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
      let answer = Answer(step: step, input: input, kind: .text, tags: tags)
      guard Self.matches(answer, query) else { return }
      hits.append(
        SearchHit(
          sessionID: id, step: step, who: row[2], question: row[3], answer: input, tags: tags))
    }
    return hits
  }

  /// The full id of the one session `query` names: the id itself, else the only id that
  /// starts with it.
  func locate(_ query: String) throws -> String {
    let rows = try database.query(
      """
      SELECT session_id FROM sessions
      WHERE session_id = $1 OR ($1 <> '' AND starts_with(session_id, $1))
      ORDER BY session_id = $1 DESC, session_id COLLATE "C" LIMIT 6
      """, [query]
    ).compactMap { $0[0] }
    if let first = rows.first, first == query || rows.count == 1 { return first }
    if rows.isEmpty {
      throw DatabaseError("no shared session matches '\(query)' in the programme database")
    }
    throw DatabaseError(
      "'\(query)' matches several shared sessions: " + rows.prefix(5).joined(separator: ", ")
        + (rows.count > 5 ? ", …" : ""))
  }

  /// The SQL conditions on `sessions s` for a filter, with their values as `$1`, `$2` and on.
  static func conditions(_ filter: SessionFilter) -> (String, [String?]) {
    var conditions = ["true"]
    var values: [String?] = []
    func add(_ condition: String, _ value: String) {
      values.append(value)
      conditions.append(condition.replacingOccurrences(of: "$?", with: "$\(values.count)"))
    }
    if let scenario = filter.scenario { add("lower(s.scenario) = lower($?)", scenario) }
    if let workshop = filter.workshop {
      add("lower(coalesce(s.workshop, '')) = lower($?)", workshop)
    }
    if let participant = filter.participant { add("s.people @> ARRAY[lower($?)]", participant) }
    if let since = filter.since {
      add("s.started_at >= to_timestamp($?::double precision)", String(since.timeIntervalSince1970))
    }
    if filter.unfinishedOnly { conditions.append("NOT s.finished") }
    return (conditions.joined(separator: " AND "), values)
  }

  /// The log a session's lines make, as if read from `ID.jsonl`.
  static func log(_ id: String, lines: [String]) -> SessionLog? {
    let data = Data((lines.joined(separator: "\n") + "\n").utf8)
    return try? TranscriptReader.parse(data, url: fileURL(id))
  }

  /// `ID.jsonl`: the name the session's file has, for the types that carry one.
  static func fileURL(_ id: String) -> URL {
    URL(fileURLWithPath: id.replacingOccurrences(of: "/", with: "_") + ".jsonl")
  }

  /// `%`, `_` and `\` escaped for `LIKE`.
  static func escapeLike(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Review's decision, with ASCII words compared letter by letter as the file search does.
  static func matches(_ answer: Answer, _ query: SearchQuery) -> Bool {
    guard case .text(let words) = query, words.allSatisfy(\.isASCII) else {
      return AnswerSearch.matches(answer, query)
    }
    let lowered = { (text: String) in text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }
    return !words.isEmpty && lowered(answer.input).firstRange(of: lowered(words)) != nil
  }
}
