import Foundation
public import Review
public import Transcript

extension DatabaseCatalog {
  /// Hands each session that passes the filter to `body`, as ``forEachLog(filter:_:)`` does,
  /// but with only the events a group report reads, and its answers built from columns.
  ///
  /// The server leaves out `received` lines and the coach's words other than questions (most
  /// of a transcript), and sends each `answered` event as the `answers` row's columns plus the
  /// few fields the report needs from its JSON (`value`, `report`, `pair`, `label`,
  /// `decision`, `scale`), so the client decodes JSON only for the other events it reads. The
  /// result is what ``GroupReportBuilder`` gives for the whole sessions. Not for a
  /// `--participant` report, whose filter looks for the person in every event.
  ///
  /// - Parameters:
  ///   - filter: Which sessions to keep.
  ///   - body: Called with each session.
  /// - Throws: ``DatabaseError``.
  public func forEachReportLog(filter: SessionFilter, _ body: (SessionLog) -> Void) throws {
    let (conditions, values) = Self.conditions(filter)
    var current: String?
    var session = ReportRows()
    var pending: [(id: String, rows: ReportRows)] = []
    func parse() {
      let logs = ParallelMap.map(pending) { $0.rows.log($0.id) }
      for case let log? in logs where filter.matches(log) { body(log) }
      pending.removeAll(keepingCapacity: true)
    }
    func flush() {
      guard let id = current else { return }
      pending.append((id, session))
      session = ReportRows()
      if pending.count >= 256 { parse() }
    }
    try database.stream(
      """
      SELECT e.session_id, CASE WHEN e.type = 'answered' THEN NULL ELSE e.line END, e.seq,
        (extract(epoch FROM e.t) * 1000)::bigint, e.who, a.step, a.input, a.kind,
        e.body->>'value', a.accepted, array_to_string(a.tags, chr(31)), e.body->>'report',
        e.body->>'pair', e.body->>'label', e.body->>'decision', e.body->'scale'->>'min',
        e.body->'scale'->>'max', e.body->'scale'->>'low', e.body->'scale'->>'high'
      FROM sessions s JOIN events e ON e.session_id = s.session_id
      LEFT JOIN answers a ON a.session_id = e.session_id AND a.seq = e.seq
      WHERE \(conditions) AND e.type <> 'received'
        AND (e.type <> 'said' OR e.body->>'kind' = 'question')
      ORDER BY s.session_id COLLATE "C", e.seq
      """, values
    ) { row in
      guard let id = row[0] else { return }
      if id != current {
        flush()
        current = id
      }
      if let line = row[1] {
        session.lines.append(line)
      } else if let answered = ReportRows.answered(row) {
        session.answers.append(answered)
      }
    }
    flush()
    parse()
  }
}

/// One session's rows as the report query sends them: event lines, and answers as columns.
private struct ReportRows: Sendable {
  var lines: [String] = []
  var answers: [TranscriptEvent] = []

  /// The session: its lines parsed as a transcript, with the answers put back in place.
  func log(_ id: String) -> SessionLog? {
    guard var log = DatabaseCatalog.log(id, lines: lines) else { return nil }
    guard !answers.isEmpty else { return log }
    log.events = (log.events + answers).sorted { $0.seq < $1.seq }
    return log
  }

  /// The `answered` event a row describes (the columns of the report query after the line).
  static func answered(_ row: [String?]) -> TranscriptEvent? {
    guard let seq = row[2].flatMap(Int.init), let step = row[5], let input = row[6],
      let kind = row[7].map(AnswerKind.init(rawValue:))
    else { return nil }
    let tags = row[10].map { $0.isEmpty ? [] : $0.split(separator: "\u{1F}").map(String.init) }
    var scale: ScaleRange?
    if let min = row[15].flatMap(Int.init), let max = row[16].flatMap(Int.init) {
      scale = ScaleRange(min: min, max: max, low: row[17], high: row[18])
    }
    let answer = Answer(
      step: step, input: input, kind: kind, value: row[8].flatMap(Int.init),
      accepted: row[9] != "f", tags: tags ?? [], report: row[11], pair: row[12], label: row[13],
      scale: scale, decision: row[14])
    let time = Date(timeIntervalSince1970: (row[3].flatMap(Double.init) ?? 0) / 1000)
    return TranscriptEvent(seq: seq, time: time, who: row[4], payload: .answered(answer))
  }
}
