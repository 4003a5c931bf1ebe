import CoachKit
import Foundation
import Transcript

extension Home {
  /// How many unfinished sessions the home screen offers to resume.
  static let unfinishedShown = 5

  /// The unfinished sessions to offer, latest first; finished ones are passed over from the
  /// end of their files (see ``SessionIndex/latestUnfinished(count:)``).
  static func unfinished(in home: URL) -> [SessionSummary] {
    SessionIndex(home: home).latestUnfinished(count: unfinishedShown)
  }

  /// The prompt: with nothing to resume, with one, or with several to pick from.
  static func prompt(_ voice: Voice, resumable: Int) -> String {
    switch resumable {
    case 0: voice.homePromptNew
    case 1: voice.homePrompt
    default: voice.homePromptSeveral
    }
  }

  /// One line per unfinished session, within the printer's width: `r.` for a single one,
  /// `r1.`, `r2.`… with when each started when there are several.
  func listUnfinished(_ sessions: [SessionSummary], printer: CoachPrinter) {
    let time = DateFormatter()
    time.locale = Locale(identifier: "en_GB")
    time.dateFormat = "d MMM HH:mm"
    for (index, session) in sessions.enumerated() {
      let title = Sanitizer.forTerminal(session.started.scenario.title)
      let count = session.answerCount
      var details = count == 1 ? "1 answer so far" : "\(count) answers so far"
      if session.started.mode == .workshop { details += ", workshop" }
      let label = sessions.count == 1 ? "  r. " : "  r\(index + 1). "
      if sessions.count > 1 { details += ", started " + time.string(from: session.startedAt) }
      // The label stands in the first line's indent; longer lines wrap under the title. With
      // several, the details go on a line of their own, so the start times line up.
      let words = ["Resume '\(title)'", "(\(details))"]
      for (part, text) in (sessions.count == 1 ? [words.joined(separator: " ")] : words)
        .enumerated()
      {
        let wrapped = Self.indented(text, by: label.count, printer: printer)
        printer.line(part == 0 ? label + wrapped.dropFirst(label.count) : wrapped)
      }
    }
  }
}
