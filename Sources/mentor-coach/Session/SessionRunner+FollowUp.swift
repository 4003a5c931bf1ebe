import CoachKit
import Transcript

extension SessionRunner {
  /// How asking about last time's plan ended.
  enum LastTime {
    /// Go on to the scenario's opening.
    case goOn
    /// The safety net caught the mentor's words: its pause question is the next prompt.
    case caught
    /// The session stopped (end of input, `:quit`, a failed save).
    case ended(SessionEnd)
  }

  /// Before the first question of a new practice: asks how the next step planned last time
  /// went, and records the answer as a `follow-up` event tied to that session.
  ///
  /// The mentor types 1, 2 or 3 (or words that start with done, partly, not yet), then may add
  /// a few words; or skips with Enter, which is recorded too, so the question is never asked
  /// twice. Words go through the engine's safety net like any answer. End of input or Ctrl-C
  /// records nothing and pauses the session, so the question comes again next time.
  func askAboutLastTime(_ plan: PlannedStep) -> LastTime {
    let words = voice.followUp
    printer.paragraph(Voice.fill(words.ask, ["plan": plan.plan]))
    guard let first = readPlainLine() else { return .ended(quit(.eof)) }
    if SessionCommand(line: first) == .quit { return .ended(quit(.quit)) }
    var followUp = FollowUp(
      earlier: plan.session, step: plan.step, plan: plan.plan, outcome: .declined)
    if FollowUpAnswer.skips(first) {
      guard record(.followUp(followUp)) else { return .ended(.saveFailed) }
      printer.paragraph(words.skipped)
      return .goOn
    }
    followUp.outcome = FollowUpAnswer.outcome(first)
    // Words beyond a bare outcome are kept, and read, whole: every line typed meets the net.
    followUp.text = FollowUpAnswer.isBare(first) ? nil : first
    if followUp.text == nil {
      printer.paragraph(words.more)
      let more = readPlainLine() ?? ""
      if !more.isEmpty && SessionCommand(line: more) == nil { followUp.text = more }
    }
    // Saved before the engine reads the words, as every answer is.
    guard record(.followUp(followUp)) else { return .ended(.saveFailed) }
    let outputs = followUp.text.map { engine.readAside($0) } ?? []
    if let safety = outputs.first(where: { $0.kind == .safety }), let text = followUp.text {
      let flag = SafetyFlag(step: engine.currentStep.id, input: text, tags: safety.tags)
      guard record(.safety(flag)), emit(outputs) else { return .ended(.saveFailed) }
      if engine.state.core.phase == .safetyCheck { return .caught }
      return .goOn
    }
    guard emit(outputs) else { return .ended(.saveFailed) }
    printer.paragraph(words.thanks)
    return .goOn
  }
}
