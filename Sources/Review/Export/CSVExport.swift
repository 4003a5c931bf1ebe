import Foundation
import Transcript

/// A session as CSV (RFC 4180, CRLF line ends): a header, then one row per answer.
///
/// Columns: `session,seq,time,who,step,kind,input,value,accepted,tags`; tags are joined
/// with `;`. Fields that a spreadsheet would take for a formula start with `'`.
enum CSVExport {
  static let header = [
    "session", "seq", "time", "who", "step", "kind", "input", "value", "accepted", "tags",
  ]

  static func render(_ log: SessionLog) -> String {
    var rows = [header]
    for event in log.events {
      guard case .answered(let answer) = event.payload else { continue }
      rows.append([
        log.started.session, String(event.seq), JSONExport.iso(event.time),
        People.person(of: event, in: log.started), answer.step, answer.kind.rawValue,
        answer.input, answer.value.map(String.init) ?? "", answer.accepted ? "true" : "false",
        answer.tags.joined(separator: ";"),
      ])
    }
    return rows.map { $0.map(Escape.csv).joined(separator: ",") + "\r\n" }.joined()
  }
}
