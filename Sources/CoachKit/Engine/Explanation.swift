import Foundation

/// What `explain` and `:why` show: how one step reads one answer, and what would follow.
///
/// It runs the answer through a copy of an engine, so nothing is recorded or changed.
public struct Explanation: Sendable {
  /// The scenario's id.
  public var scenarioID: String
  /// The step that read the answer.
  public var step: String
  /// The answer as given.
  public var input: String
  /// How the rules read it.
  public var interpretation: Interpretation
  /// The coach's reply (or fallback, or safety reply), as it would be said.
  public var reply: String
  /// The step that would come next.
  public var next: String
  /// Every reply of the winning rule, in turn, as this answer would fill it.
  public var replies: [String] = []

  /// Explains `text` at a step of a fresh session.
  public init(scenario: Scenario, stepIndex: Int, text: String) {
    var engine = Engine(scenario: scenario)
    _ = engine.start()
    engine.jump(to: stepIndex)
    self.init(engine: engine, text: text)
  }

  /// Explains `text` at the engine's current step, with its variables and memory.
  public init(engine: Engine, text: String) {
    var copy = engine
    let step = copy.currentStep.id
    interpretation = copy.explain(text)
    let outputs = copy.handle(.answer(text))
    scenarioID = engine.scenario.id
    self.step = step
    input = text
    let said = outputs.filter { output in
      switch output.kind {
      case .acknowledgement, .reply, .fallback, .safety, .retry, .notice: true
      default: false
      }
    }
    // An acknowledgement comes before the reply proper: show both.
    let shown = said.first?.kind == .acknowledgement ? said.prefix(2) : said.prefix(1)
    reply = shown.map(\.text).joined(separator: "\n\n")
    next = copy.currentStep.id
    if let winner = interpretation.winner {
      let renderer = engine.renderer
      replies = winner.rule.replies.map {
        renderer.render($0, match: winner.match, pattern: winner.rule.pattern)
      }
    }
  }

  /// What `test --try` prints: the rule, what each element matched, and every reply in turn.
  public func tryText() -> String {
    var lines = ["Step '\(step)' of \(scenarioID): \(input)"]
    if let rule = interpretation.safetyRule {
      lines.append("The safety net catches it (\(rule)).")
    }
    guard let winner = interpretation.winner else {
      lines.append("No rule replies; the coach asks: \(reply)")
      return lines.joined(separator: "\n")
    }
    lines.append("Rule \(winner.rule.reference)")
    if let pattern = winner.rule.pattern {
      lines.append("Pattern '\(pattern.source)':")
      for (index, element) in pattern.elements.enumerated() {
        let name = element.name.map { " {\($0)}" } ?? ""
        let words = winner.match.capture(index + 1).text
        lines.append("  {\(index + 1)}\(name) '\(element.written)' matched \"\(words)\"")
      }
    }
    lines.append(replies.count == 1 ? "Reply:" : "Replies, in turn:")
    lines += replies.map { "  " + $0 }
    lines.append(
      "Tags: "
        + (interpretation.tags.isEmpty ? "none" : interpretation.tags.joined(separator: ", ")))
    lines.append("Next step: \(next)")
    return lines.joined(separator: "\n")
  }

  /// The winning rule's location, `path:line`.
  public var ruleLocation: String? {
    interpretation.winner?.rule.reference.location.shortDescription
  }

  /// The rule of either safety net that caught the answer.
  private var netRule: RuleReference? {
    interpretation.safetyRule ?? interpretation.otherAtRiskRule
  }

  /// A readable account for authors; with `trace`, every rule considered as well.
  public func text(trace: Bool = true) -> String {
    var lines = [
      "Scenario \(scenarioID), step \(step)", "Answer:     \(input)",
      "Normalised: \(interpretation.normalizedText)",
    ]
    if let rule = interpretation.safetyRule {
      lines.append("Safety net: caught by \(rule)")
    }
    if let rule = interpretation.otherAtRiskRule {
      lines.append("Someone else at risk: caught by \(rule)")
    }
    if let clause = interpretation.clauseIndex {
      lines.append("Clause used: \(clause + 1) (\(interpretation.clauses[clause].keyText))")
    } else {
      lines.append("Clause used: none (no rule present in any clause)")
    }
    if trace {
      lines.append("Rules considered:")
      for entry in interpretation.trace {
        let clause = entry.clause.map { " clause \($0 + 1)" } ?? ""
        lines.append("  [\(entry.stage.rawValue)\(clause)] \(entry.rule): \(entry.outcome)")
      }
    }
    if let winner = interpretation.winner {
      lines.append("Winner:     \(winner.rule.reference)")
    } else {
      lines.append("Winner:     none (fallback)")
    }
    lines.append(
      "Tags:       \(interpretation.tags.isEmpty ? "none" : interpretation.tags.joined(separator: ", "))"
    )
    let captures = interpretation.captures.sorted { $0.key < $1.key }.map {
      "{\($0.key)} = \"\($0.value)\""
    }
    lines.append("Captures:   \(captures.isEmpty ? "none" : captures.joined(separator: ", "))")
    lines.append("Reply:      \(reply)")
    lines.append("Next step:  \(next)")
    return lines.joined(separator: "\n")
  }

  /// One JSON object with `tags`, `rule`, `location`, `reply`, `next`, `captures` and the trace.
  public func json() -> String {
    let considered: [[String: Any]] = interpretation.trace.map { entry in
      var item: [String: Any] = [
        "stage": entry.stage.rawValue, "rule": entry.rule.id,
        "location": entry.rule.location.shortDescription,
        "outcome": entry.outcome,
      ]
      if let clause = entry.clause { item["clause"] = clause + 1 }
      return item
    }
    let object: [String: Any] = [
      "scenario": scenarioID, "step": step, "input": input,
      "normalized": interpretation.normalizedText,
      "clause": interpretation.clauseIndex.map { $0 + 1 } ?? NSNull(), "tags": interpretation.tags,
      "rule": interpretation.winner?.rule.reference.id ?? netRule?.id ?? NSNull(),
      "location": ruleLocation ?? netRule?.location.shortDescription ?? NSNull(),
      "safety": interpretation.safetyRule != nil,
      "other-at-risk": interpretation.otherAtRiskRule != nil, "captures": interpretation.captures,
      "reply": reply,
      "next": next, "considered": considered,
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

extension Engine {
  /// Moves straight to a step, as if the mentor had reached it: for `explain` and tests.
  public mutating func jump(to index: Int) {
    core.step = index
    core.phase = scenario.steps[index].isEnd ? .finished : .asking
    core.followUps = 0
    core.badAnswers = 0
    state.entry = core
  }
}
