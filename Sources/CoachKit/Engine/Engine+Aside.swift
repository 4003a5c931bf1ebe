extension Engine {
  /// Reads words that do not answer the current question, such as how last time's plan went.
  ///
  /// The safety nets read them first, as they read every answer: the mentor's own crisis
  /// gets the calm reply and the pause question (the next input answers it, as after any
  /// answer the net caught); someone else at risk gets the act-today guidance. Otherwise the
  /// reply tiers below the rules may answer (a theme reply or a paraphrase). The step, the
  /// summary and the path do not change, so replaying the same words rebuilds the same state.
  ///
  /// - Parameter text: The words.
  /// - Returns: The safety reply and question, or a reply, or nothing; never an answer
  ///   record, since the words answer no step.
  public mutating func readAside(_ text: String) -> [Output] {
    guard core.phase == .asking, text.contains(where: { !$0.isWhitespace }) else { return [] }
    let step = currentStep
    let reading = Interpreter(scenario: scenario).interpret(
      text, at: core.step, variables: core.variables)
    if let rule = reading.safetyRule {
      core.phase = .safetyCheck
      let reply = renderer.render(scenario.prompts.safety.reply)
      return [Output(.safety, reply, step: step.id, rule: rule, tags: ["safety.crisis"])]
        + currentPrompt()
    }
    if let rule = reading.otherAtRiskRule {
      return otherAtRisk(rule, reading.tags, step).filter { $0.kind == .safety }
    }
    guard let (reply, rule) = tierReply(reading) else { return [] }
    return [Output(.reply, reply, step: step.id, rule: rule, tags: reading.tags)]
  }
}
