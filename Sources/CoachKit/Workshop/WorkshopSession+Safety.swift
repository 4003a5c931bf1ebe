extension WorkshopSession {
  /// Whether the safety net caught an answer (the mentor's own crisis or someone else at risk).
  static func isCaught(_ outputs: [Output]) -> Bool {
    outputs.contains { output in
      if case .answer(let record) = output.kind { record.isSafety } else { false }
    }
  }

  /// Whether the net read the caught answer as the person's own crisis.
  private static func isOwnCrisis(_ outputs: [Output]) -> Bool {
    outputs.contains { $0.kind == .safety && $0.tags.contains("safety.crisis") }
  }

  private var safety: SafetyNet { scenario.prompts.safety }
  private var helpLines: String { scenario.prompts.helpLines.text }

  /// Sets a participant aside after the safety net caught their answer.
  ///
  /// The room is not shown the answer, nor the coach's words to its author: it is told only
  /// that they are taking a break, and carries on without their turns. The facilitator alone
  /// gets guidance (a facilitator note): speak with them privately, the services that can
  /// help, and how to bring them back. The answer's record and a pause are kept for them.
  mutating func setAside(_ name: String, _ outputs: [Output]) -> Turn {
    onBreak = participants.filter { onBreak.contains($0) || $0 == name }
    done.remove(name)
    let step = room.currentStep.id
    let template =
      Self.isOwnCrisis(outputs) ? safety.workshopGuidance : safety.otherAtRisk.workshopGuidance
    let tags = outputs.first { $0.kind == .safety }?.tags ?? []
    let guidance = Output(
      .facilitatorNote, Voice.fill(template, ["name": name, "helplines": helpLines]), step: step,
      tags: tags)
    let told = Output(
      .notice, Voice.fill(scenario.prompts.voice.workshop.onBreak, ["name": name]), step: step)
    return Turn(
      personal: records(outputs) + [guidance, Output(.paused, "", step: step)],
      room: [told] + moveOnWhenEveryoneHasAnswered(), isSetAside: true)
  }

  /// Sets the group's answer aside after the safety net caught it: the room stays at the step,
  /// is told only that the answer is left there, and the facilitator alone gets guidance.
  func setAsideGroupAnswer(_ outputs: [Output]) -> Turn {
    let step = room.currentStep.id
    let tags = outputs.first { $0.kind == .safety }?.tags ?? []
    let guidance = Output(
      .facilitatorNote, Voice.fill(safety.workshopGroupGuidance, ["helplines": helpLines]),
      step: step, tags: tags)
    let told = Output(.notice, scenario.prompts.voice.workshop.groupSetAside, step: step)
    return Turn(personal: records(outputs) + [guidance], room: [told], isSetAside: true)
  }

  /// Brings a participant back from a break: their turns come again from the current step.
  ///
  /// - Parameter name: The participant, as named in the room.
  /// - Returns: What the room is told, or nothing when they were not on a break.
  public mutating func rejoin(_ name: String) -> [Output] {
    guard let index = onBreak.firstIndex(of: name), !isFinished else { return [] }
    onBreak.remove(at: index)
    people[name]?.jump(to: room.state.core.step)
    let text = Voice.fill(scenario.prompts.voice.workshop.rejoined, ["name": name])
    return [Output(.notice, text, step: room.currentStep.id)]
  }

  /// The records of how an answer was read, without any words for its author.
  private func records(_ outputs: [Output]) -> [Output] {
    outputs.filter { if case .answer = $0.kind { true } else { false } }
  }

  /// An answer's outputs, with a short acknowledgement when the answer was valid and nothing
  /// replied to it (the engine's follow-up question is left out in a room).
  func acknowledged(_ outputs: [Output], who: String) -> [Output] {
    let valid = outputs.contains { output in
      if case .answer(let record) = output.kind { record.accepted } else { false }
    }
    guard valid, !outputs.contains(where: { $0.kind == .reply }) else { return outputs }
    let thanks = scenario.prompts.voice.workshop.thanks
    return outputs + [Output(.notice, thanks, step: room.currentStep.id)]
  }
}
