extension ScenarioChecks {
  /// `hidden-rule`: a rule an earlier one always beats, because the earlier one matches
  /// everything, has no condition, and ranks the same or higher.
  func checkHiddenRules() {
    for step in scenario.steps {
      let plain = step.rules.compactMap { item -> Rule? in
        if case .plain(let rule) = item, !rule.isTagOnly { return rule }
        return nil
      }
      report(hiddenIn: plain, comparingRanks: true)
    }
    for keyword in scenario.keywords { report(hiddenIn: keyword.rules, comparingRanks: false) }
  }

  private func report(hiddenIn rules: [Rule], comparingRanks: Bool) {
    var catchAll: Rule?
    for rule in rules {
      if let earlier = catchAll, !comparingRanks || rule.rank <= earlier.rank {
        reader.report(
          .hiddenRule, message(rule.reference.id, earlier.reference), at: rule.reference.location,
          severity: .warning)
        continue
      }
      if rule.condition == nil && rule.unless.isEmpty && (rule.pattern?.matchesEverything ?? true)
        && !rule.isTagOnly
      {
        catchAll = rule
      }
    }
  }
}

private func message(_ rule: String, _ earlier: RuleReference) -> String {
  "rule '\(rule)' can never reply: the earlier rule '\(earlier.id)' at line \(earlier.location.line) matches every answer first"
}
