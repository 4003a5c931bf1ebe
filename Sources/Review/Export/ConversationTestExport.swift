import Transcript

/// A session as a conversation test (see "Conversation tests" in docs/scenario-format.md)
/// that replays it: one turn per accepted answer, `:back` and `:skip`, in file order.
///
/// Each turn has `say:` (always double-quoted and escaped), the `tags:` the answer produced
/// (left out when there were none), and the `step:` reached after it: the step of the next
/// question the coach asked, or, when the session ended instead, the step of the coach's
/// last words. A turn after which nothing more was asked (a pause) has no `step:`.
enum ConversationTestExport {
  private enum Turn {
    case answer(Answer)
    case command(String)
  }

  static func render(_ log: SessionLog) -> String {
    var lines = [
      "# Replays session \(Escape.yaml(log.started.session)) as recorded.",
      "scenario: " + Escape.yaml(log.started.scenario.id),
      "tests:",
      "  - name: " + Escape.yaml("replay of session \(log.started.session)"),
      "    turns:",
    ]
    var turnCount = 0
    for (index, event) in log.events.enumerated() {
      let turn: Turn
      switch event.payload {
      case .answered(let answer) where answer.accepted: turn = .answer(answer)
      case .back: turn = .command(":back")
      case .skip: turn = .command(":skip")
      default: continue
      }
      turnCount += 1
      switch turn {
      case .answer(let answer):
        lines.append("      - say: " + Escape.yaml(answer.input))
        if !answer.tags.isEmpty {
          lines.append(
            "        tags: [" + answer.tags.map(Escape.yaml).joined(separator: ", ") + "]")
        }
      case .command(let command): lines.append("      - say: " + Escape.yaml(command))
      }
      if let step = stepReached(after: index, in: log.events) {
        lines.append("        step: " + Escape.yaml(step))
      }
    }
    if turnCount == 0 { lines[lines.count - 1] = "    turns: []" }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The step of the next question, or of the last words before an `ended` event.
  private static func stepReached(after index: Int, in events: [TranscriptEvent]) -> String? {
    var lastSaid: String?
    for event in events[(index + 1)...] {
      switch event.payload {
      case .said(let said) where said.kind == .question: return said.step
      case .said(let said): lastSaid = said.step
      case .ended: return lastSaid
      case .answered, .back, .skip, .paused: return nil
      default: continue
      }
    }
    return nil
  }
}
