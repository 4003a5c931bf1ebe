/// Reads free-text answers with a scenario's rules; pure and deterministic.
struct Interpreter {
  let scenario: Scenario
  /// Whether to try every rule, not only those sharing a word with the clause: for `explain`,
  /// which lists every rule considered.
  var isExhaustive = false
  /// Where each reply rotation stands (`EngineState.Core.cursors`), so that a redirect or
  /// NEWKEY among a rule's replies is used in its turn.
  var cursors: [String: Int] = [:]
  var voice: Voice { scenario.prompts.voice }

  /// Why a rule did or did not match a clause.
  enum Outcome {
    case matched(PatternMatch)
    case failed(String)
  }

  /// Reads `text` at the step with this index, given the current variables.
  func interpret(_ text: String, at stepIndex: Int, variables: [String: String]) -> Interpretation {
    let step = scenario.steps[stepIndex]
    let filters = scenario.filters[stepIndex]
    let clauses = voice.normalizer.clauses(text)
    var result = Interpretation(clauses: clauses)
    if scenario.reflection == .reply && scenario.mode != .doctor {
      result.clauseOrder = ContrastOrder.order(voice.normalizer.tokens(text))
    }
    checkSafety(&result)
    if result.safetyRule != nil { result.addTags(["safety.crisis"]) }
    if result.safetyRule == nil { checkOtherAtRisk(&result) }
    gatherTags(&result, step: step, filters: filters, variables: variables)
    if result.safetyRule == nil && result.otherAtRiskRule == nil {
      let acknowledged = scenario.prompts.replies.acknowledgements
      result.acknowledgement = result.tags.lazy.compactMap { acknowledged[$0] }.first
      chooseReply(&result, step: step, filters: filters, variables: variables)
      if result.winner == nil { chooseTier(&result, text, step: step) }
    }
    return result
  }

  func evaluate(
    _ rule: Rule, _ tokens: [Token], concepts: ConceptTable, variables: [String: String]
  ) -> Outcome {
    if let condition = rule.condition, !condition.holds(variables) {
      return .failed("condition '\(condition.source)' does not hold")
    }
    let match: PatternMatch
    if let pattern = rule.pattern {
      guard let found = pattern.match(tokens, concepts: concepts, negation: voice.negation) else {
        return .failed("no match")
      }
      match = found
    } else {
      match = PatternMatch(spans: [], tokens: tokens, isNegated: false)
    }
    switch rule.negation {
    case .block where match.isNegated: return .failed("negated")
    case .require where !match.isNegated: return .failed("not negated")
    default: break
    }
    for veto in rule.unless
    where veto.match(tokens, concepts: concepts, negation: voice.negation) != nil {
      return .failed("vetoed by unless '\(veto.source)'")
    }
    return .matched(match)
  }

  private func checkSafety(_ result: inout Interpretation) {
    let safety = scenario.prompts.safety
    result.safetyRule = firstMatch(
      safety.rules, safety.filter, safety.concepts, stage: .safety, &result)
  }

  /// Someone else at risk now, checked right after the mentor's own net.
  private func checkOtherAtRisk(_ result: inout Interpretation) {
    let net = scenario.prompts.safety.otherAtRisk
    result.otherAtRiskRule = firstMatch(
      net.rules, net.filter, net.concepts, stage: .otherAtRisk, &result)
    if result.otherAtRiskRule != nil { result.addTags(["safety.other-at-risk"]) }
  }

  /// The first of a net's rules that matches a clause of the answer, each try traced.
  private func firstMatch(
    _ rules: [Rule], _ filter: RuleFilter, _ concepts: ConceptTable,
    stage: Interpretation.TraceEntry.Stage, _ result: inout Interpretation
  ) -> RuleReference? {
    for (index, clause) in result.clauses.enumerated() {
      for rule in indices(filter, rules.count, clause).map({ rules[$0] }) {
        let outcome = evaluate(rule, clause, concepts: concepts, variables: [:])
        result.trace.append(entry(stage, rule, index, outcome))
        if case .matched = outcome { return rule.reference }
      }
    }
    return nil
  }

  /// The rules that may tag this clause: the step's indexed theme and plain rules that share a
  /// word with it, and the decompositions of its keywords present in it.
  func taggingRules(at step: Step, _ filters: StepFilters, in clause: [Token]) -> [Rule] {
    var rules: [Rule] = []
    for area in scenario.prompts.themes.areas
    where step.themeAreas.contains(area.id) || (step.ask == .text && area.isEveryStep) {
      guard let theme = scenario.prompts.themeFilters[area.id] else { continue }
      rules += indices(theme.filter, theme.rules.count, clause).map { theme.rules[$0] }
    }
    rules += indices(filters.taggingFilter, filters.tagging.count, clause).map {
      filters.tagging[$0]
    }
    for index in keywordIndices(of: step)
    where isPresent(scenario.keywords[index], in: clause) != nil {
      rules += scenario.keywords[index].rules
    }
    return rules.filter { !$0.tags.isEmpty }
  }

  private func gatherTags(
    _ result: inout Interpretation, step: Step, filters: StepFilters, variables: [String: String]
  ) {
    for (index, clause) in result.clauses.enumerated() {
      // In scan mode the scenario's own rules read the substituted text, as its replies do;
      // the shared theme rules always read the mentor's own words.
      let scanned = scenario.reflection == .scan ? scenario.reflector.substitute(clause) : clause
      let lookup = scenario.reflection == .scan ? clause + scanned : clause
      for rule in taggingRules(at: step, filters, in: lookup) {
        let isTheme = rule.area != nil
        let outcome = evaluate(
          rule, isTheme ? clause : scanned,
          concepts: isTheme ? scenario.prompts.themeConceptTable : scenario.concepts,
          variables: variables)
        result.trace.append(entry(.tags, rule, index, outcome))
        if case .matched = outcome { result.addTags(rule.tags) }
      }
    }
  }

  /// The rules of a filter to try on a clause: all of them when exhaustive.
  func indices(_ filter: RuleFilter, _ count: Int, _ clause: [Token]) -> [Int] {
    isExhaustive ? Array(0..<count) : filter.candidates(for: clause)
  }

  func keywordIndices(of step: Step) -> [Int] {
    step.rules.compactMap { if case .keyword(let index) = $0 { index } else { nil } }
      + scenario.globalKeywords
  }

  /// The position of the first key of `keyword` in the clause, or nil when absent.
  func isPresent(_ keyword: Keyword, in clause: [Token]) -> Int? {
    var first: Int?
    for key in keyword.keys {
      if let match = key.match(clause, concepts: scenario.concepts, negation: voice.negation) {
        let position = match.spans.count > 1 ? match.spans[1].lowerBound : 0
        first = min(first ?? position, position)
      }
    }
    return first
  }

  func entry(
    _ stage: Interpretation.TraceEntry.Stage, _ rule: Rule, _ clause: Int?, _ outcome: Outcome
  ) -> Interpretation.TraceEntry {
    let words: String
    switch outcome {
    case .matched: words = "matched"
    case .failed(let why): words = why
    }
    return Interpretation.TraceEntry(
      stage: stage, rule: rule.reference, clause: clause, outcome: words)
  }
}
