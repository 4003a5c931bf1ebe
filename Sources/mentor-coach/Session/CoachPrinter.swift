import CoachKit
import Foundation
import Transcript

/// Puts the engine's outputs on the screen: wrapped, calm, coloured only on a terminal.
struct CoachPrinter {
  var useColor: Bool
  var width: Int
  /// Whether facilitator notes are shown (workshop mode without --no-notes).
  var showsNotes = false
  /// Where facilitator notes also go, away from the room's screen (`--notes-to`).
  var notesChannel: ((String) -> Void)?
  var write: (String) -> Void
  /// Whether a write has failed (the terminal closed, the disk is full): the session loop
  /// then pauses.
  var hasFailed: () -> Bool = { false }

  static func standard(useColor: Bool) -> CoachPrinter {
    let columns =
      ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? Self.terminalWidth()
    var printer = CoachPrinter(useColor: useColor, width: max(40, min(columns, 100))) { text in
      StandardOutput.write(text)
    }
    printer.hasFailed = { StandardOutput.sessionFailureReason != nil }
    return printer
  }

  func show(_ outputs: [Output], voice: Voice) {
    for output in outputs { show(output, voice: voice) }
  }

  func show(_ output: Output, voice: Voice) {
    switch output.kind {
    case .say, .acknowledgement, .reply, .fallback, .notice: paragraph(output.text)
    case .question(let question): ask(output.text, question)
    case .retry: paragraph(output.text, style: "33")
    case .safety:
      line(styled("──────────", "1"))
      paragraph(output.text, style: "1")
      line(styled("──────────", "1"))
    case .facilitatorNote:
      notesChannel?(wrapLines("[Facilitator] " + output.text) + "\n\n")
      if showsNotes { paragraph("[Facilitator] " + output.text, style: "2") }
    case .summary:
      line(styled(voice.summaryHeading, "1"))
      paragraph(output.text)
    case .discussion, .answer, .paused, .ended: break
    }
  }

  private func ask(_ text: String, _ question: Question) {
    line(styled(wrapLines(text), "1;36"))
    switch question.kind {
    case .choice:
      for (index, label) in question.choices.enumerated() { line("  \(index + 1). \(label)") }
    case .scale:
      if let scale = question.scale {
        line("  (\(scale.min) = \(scale.low), \(scale.max) = \(scale.high))")
      }
    case .text, .none: break
    }
    write("\n")
  }

  func paragraph(_ text: String, style: String? = nil) {
    let wrapped = wrapLines(text)
    line(style.map { styled(wrapped, $0) } ?? wrapped)
    write("\n")
  }

  /// Escapes anything from an answer that could act on the terminal, then wraps each line.
  private func wrapLines(_ text: String) -> String {
    let safe = Sanitizer.forTerminal(text, keeping: [.newlines])
    var lines = safe.split(separator: "\n", omittingEmptySubsequences: false).map {
      wrap(String($0))
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  func line(_ text: String) { write(text + "\n") }

  func styled(_ text: String, _ code: String) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Wraps at word boundaries to the width; words longer than the width stay whole.
  func wrap(_ text: String) -> String {
    guard text.count > width else { return text }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = String(word)
      } else {
        current += current.isEmpty ? String(word) : " " + word
      }
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  private static func terminalWidth() -> Int {
    var size = winsize()
    return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
  }
}
