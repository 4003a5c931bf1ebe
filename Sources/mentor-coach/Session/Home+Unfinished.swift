import CoachKit
import Foundation
import Transcript

extension Home {
  /// How many unfinished sessions the home screen offers to resume.
  static let unfinishedShown = 5

  /// The unfinished sessions to offer, latest first.
  ///
  /// Files are taken newest first, and one whose last line says it ended completed is passed
  /// over from that line alone, so a folder of thousands of finished sessions costs little more
  /// than an empty one; only the sessions shown are summarised in full.
  static func unfinished(in home: URL) -> [SessionSummary] {
    var found: [SessionSummary] = []
    for file in SessionIndex(home: home).sessionFiles().files.reversed() {
      if found.count == unfinishedShown { break }
      if endsCompleted(file) { continue }
      if let summary = try? SessionSummary.read(file), !summary.isFinished {
        found.append(summary)
      }
    }
    return found
  }

  /// Whether the last whole line of a transcript (within its last 4 KiB) is `ended` with
  /// `completed: true`; false when it cannot tell, so the file is then read in full (and an
  /// unfinished session is never hidden by this test).
  private static func endsCompleted(_ file: URL) -> Bool {
    guard let (descriptor, size) = try? SafeFile.open(file.path, limit: SafeFile.transcriptLimit)
    else { return false }
    defer { close(descriptor) }
    let start = max(0, size - 4096)
    var buffer = [UInt8](repeating: 0, count: size - start)
    let count = buffer.withUnsafeMutableBytes {
      pread(descriptor, $0.baseAddress, $0.count, off_t(start))
    }
    guard count > 0 else { return false }
    let lines = buffer.prefix(count).split(separator: 0x0A)
    // A torn last line has no newline after it: the line before it is the last whole one.
    let whole = buffer[count - 1] == 0x0A ? lines.last : lines.dropLast().last
    // The writer sorts keys, so an ending reads `{"completed":true,…,"type":"ended",…}`; a
    // byte test spares a JSON decoder per file.
    guard let line = whole else { return false }
    let text = Data(line)
    return text.range(of: Data(#""type":"ended""#.utf8)) != nil
      && text.range(of: Data(#""completed":true"#.utf8)) != nil
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
