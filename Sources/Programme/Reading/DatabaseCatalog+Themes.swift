import Foundation
public import Review

extension DatabaseCatalog {
  /// The report's theme counts, counted by PostgreSQL over the `answers` table, with the
  /// conventions of ``GroupReport``: accepted answers only, each tag once per answer, the
  /// answer to the safety net's pause question left out (a `choice` answer at a step where the
  /// same person's `safety` event came before it), and people by name, case aside, each
  /// session without a name apart, the room in a workshop not a person.
  ///
  /// The server groups by tag and person as written; the client only folds names that differ
  /// in case, with Swift's `lowercased()` as the report does (the server's `lower` depends on
  /// its locale), over one row per tag and person.
  ///
  /// - Parameters:
  ///   - sessions: The ids of the sessions the report holds, as ``forEachLog(filter:forReport:_:)``
  ///     gave them (so that the same sessions are counted, whatever the filter).
  ///   - tagNames: Theme tags in plain words.
  /// - Returns: The themes as the report lists them.
  /// - Throws: ``DatabaseError``.
  public func themes(sessions: [String], tagNames: [String: String]) throws
    -> [GroupReport.Theme]
  {
    let ids = try JSON.text(sessions)
    var answers: [String: Int] = [:]
    var people: [String: Set<String>] = [:]
    try database.stream(
      """
      WITH picked AS (
        SELECT a.session_id, a.seq, a.who, a.step, a.kind, a.tags,
          s.mode = 'workshop' AND (coalesce(a.who, '') = '' OR a.who = 'Group') AS room,
          CASE WHEN coalesce(a.who, '') <> '' THEN a.who
            WHEN coalesce(s.person, '') <> '' THEN s.person ELSE 'Anonymous' END AS person,
          coalesce(s.person, '') = '' AS unnamed
        FROM sessions s JOIN answers a ON a.session_id = s.session_id
        WHERE s.session_id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND a.accepted
          AND NOT (a.kind = 'choice' AND EXISTS (
            SELECT 1 FROM events f WHERE f.session_id = a.session_id AND f.type = 'safety'
              AND f.seq < a.seq AND f.body->>'step' = a.step
              AND coalesce(f.who, '') = coalesce(a.who, '')))
      )
      SELECT tag, count(*),
        CASE WHEN room THEN NULL
          WHEN unnamed AND person = 'Anonymous' THEN chr(1) || session_id
          ELSE person END AS key
      FROM picked CROSS JOIN LATERAL (SELECT DISTINCT t AS tag FROM unnest(picked.tags) t) u
      GROUP BY tag, key
      """, [ids]
    ) { row in
      guard let tag = row[0], let count = row[1].flatMap(Int.init) else { return }
      answers[tag, default: 0] += count
      if let key = row[2] { people[tag, default: []].insert(key.lowercased()) }
    }
    return GroupReport.themes(
      answers.map { ($0.key, $0.value, people[$0.key]?.count ?? 0) }, tagNames: tagNames)
  }
}
