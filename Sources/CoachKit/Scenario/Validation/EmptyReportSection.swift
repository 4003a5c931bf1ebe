extension ScenarioCompiler {
  /// `empty-report-section`: the sections of the group report this scenario can never fill.
  ///
  /// `validate` adds these warnings to the compiler's: they are about the scenario's use in
  /// reports, which a script written only to converse (DOCTOR) does not need.
  public static func reportWarnings(for scenario: Scenario) -> [Diagnostic] {
    let location = SourceLocation(path: scenario.path, line: 1, column: 1)
    let roles = Set(scenario.steps.compactMap(\.report?.kind))
    var messages: [String] = []
    if !roles.contains(.nextStep) { messages.append(noNextStep) }
    if !roles.contains(.ratingBefore) || !roles.contains(.ratingAfter) {
      messages.append(noRatings)
    }
    if !canTagThemes(scenario) { messages.append(noThemes) }
    return messages.map { Diagnostic(.warning, .emptyReportSection, $0, at: location) }
  }

  /// Whether some answer can carry a tag the report counts as a theme: a tag of the list
  /// outside the every-step areas, from the shared rules of a step's areas or the scenario's.
  private static func canTagThemes(_ scenario: Scenario) -> Bool {
    let themes = scenario.prompts.themes
    let quiet = Set(themes.everyStepAreas)
    func counts(_ tag: String) -> Bool {
      themes.area(of: tag).map { !quiet.contains($0) } ?? false
    }
    for step in scenario.steps {
      if !step.themeAreas.subtracting(quiet).isEmpty { return true }
      for case .plain(let rule) in step.rules where rule.tags.contains(where: counts) {
        return true
      }
      if step.choices.contains(where: { $0.tags.contains(where: counts) })
        || step.scaleReplies.contains(where: { $0.tags.contains(where: counts) })
      {
        return true
      }
    }
    return scenario.keywords.contains { keyword in
      keyword.rules.contains { $0.tags.contains(where: counts) }
    }
  }
}

private let noNextStep =
  "no step has 'report: next-step', so the report's next steps will be empty for this scenario"

private let noRatings =
  "no steps have 'report: rating-before' and 'report: rating-after', so the report will show no before and after ratings for this scenario"

private let noThemes =
  "no answer can carry a tag of the theme list (no 'themes:' areas and no such 'tags'), so the report's themes will be empty for this scenario"
