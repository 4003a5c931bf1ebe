/// Resolves a scenario document against the shared prompts and checks it.
///
/// The result is a compiled `Scenario` when there are no errors, and every problem found.
public enum ScenarioCompiler {
  /// Loads and compiles a scenario file's text.
  ///
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - path: the path to show in diagnostics.
  ///   - prompts: the shared voice, themes and safety net.
  /// - Returns: the scenario (nil when there are errors) and every diagnostic, in source order.
  public static func compile(_ text: String, path: String, prompts: Prompts) -> (
    Scenario?, [Diagnostic]
  ) {
    let (document, loadDiagnostics) = ScenarioLoader.load(text, path: path)
    guard let document else { return (nil, loadDiagnostics) }
    let reader = NodeReader()
    let scenario = compile(document, prompts: prompts, reader: reader)
    let diagnostics = (loadDiagnostics + reader.diagnostics).sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    return (diagnostics.hasErrors ? nil : scenario, diagnostics)
  }

  /// Like `compile(_:path:prompts:)`, but throws a `ScenarioLoadError` carrying every problem
  /// when there is an error; warnings are returned beside the scenario.
  public static func load(_ text: String, path: String, prompts: Prompts) throws(ScenarioLoadError)
    -> (Scenario, warnings: [Diagnostic])
  {
    let (scenario, diagnostics) = compile(text, path: path, prompts: prompts)
    guard let scenario else { throw ScenarioLoadError(diagnostics: diagnostics) }
    return (scenario, diagnostics)
  }

  private static func compile(_ document: ScenarioDocument, prompts: Prompts, reader: NodeReader)
    -> Scenario
  {
    checkHeader(document, themes: prompts.themes, reader)
    let stepIDs = document.steps.map(\.id.value)
    var seen: Set<String> = []
    for step in document.steps where !seen.insert(step.id.value).inserted {
      reader.report(.duplicateID, "two steps are called '\(step.id.value)'", at: step.id.location)
    }
    var compiler = RuleCompiler(
      concepts: RuleCompiler.concepts(
        document.concepts, over: prompts.themeConceptTable,
        contractions: prompts.voice.normalizer.contractions, reader: reader),
      stepIDs: stepIDs, reader: reader)
    compiler.contractions = prompts.voice.normalizer.contractions
    compiler.themes = prompts.themes
    compiler.defaultNegation =
      document.negation ?? (document.reflection == .scan ? .ignore : .block)
    compiler.stepKinds = Dictionary(
      document.steps.map { ($0.id.value, $0.ask) }, uniquingKeysWith: { a, _ in a })
    let keywordDefinitions = collectKeywords(document, &compiler)
    let keywords = keywordDefinitions.enumerated().map { index, definition in
      compileKeyword(definition, index: index, compiler)
    }
    var stepKeywordIndex = document.keywords.count
    let defaultThemes = scenarioThemes(document, compiler)
    var steps: [Step] = []
    for (index, definition) in document.steps.enumerated() {
      steps.append(
        compileStep(
          definition, index: index, defaultThemes: defaultThemes,
          keywordStart: &stepKeywordIndex, compiler))
    }
    var startIndex = 0
    if let start = document.start {
      if let index = stepIDs.firstIndex(of: start.value) {
        startIndex = index
      } else {
        reader.report(
          .unknownStep, "'start' names '\(start.value)', which is not a step in this scenario",
          at: start.location, notes: Suggestion.notes(for: start.value, in: stepIDs))
      }
    }
    var scenario = Scenario(
      id: document.id?.value ?? "", title: document.title ?? "",
      area: document.area?.value ?? "other",
      summary: document.summary ?? "", minutes: document.minutes ?? 0,
      version: document.version ?? 0,
      path: document.path, reflection: document.reflection,
      reflector: Reflector(
        table: prompts.voice.reflector.table.merging(document.substitutions) { _, own in own }),
      concepts: compiler.concepts,
      keywords: keywords, globalKeywords: Array(0..<document.keywords.count), steps: steps,
      startIndex: startIndex, variables: document.variables, prompts: prompts)
    for (tag, name) in document.ownTags { scenario.prompts.voice.tagNames[tag.value] = name }
    scenario.speaksInCapitals = document.speaksInCapitals
    scenario.mode = document.mode
    scenario.filters = steps.map { filters(for: $0, concepts: compiler.concepts) }
    if let isEnglishWord = prompts.isEnglishWord {
      let compiled = scenario
      scenario.typos = TypoCorrector(
        vocabularyOnFirstUse: { compiled.ruleVocabulary }, isWord: isEnglishWord)
    }
    if !steps.isEmpty {
      let checks = ScenarioChecks(scenario: scenario, document: document, reader: reader)
      checks.run()
    }
    return scenario
  }

  /// Indexes the rules a step consults, so answers are matched only against likely rules.
  static func filters(for step: Step, concepts: ConceptTable) -> StepFilters {
    var tagging: [Rule] = []
    var replying: [(order: Int, rule: Rule)] = []
    for (order, item) in step.rules.enumerated() {
      guard case .plain(let rule) = item else { continue }
      if !rule.tags.isEmpty { tagging.append(rule) }
      if !rule.isTagOnly { replying.append((order + 1, rule)) }
    }
    return StepFilters(
      tagging: tagging,
      taggingFilter: RuleFilter(patterns: tagging.map(\.pattern), concepts: concepts),
      replying: replying,
      replyingFilter: RuleFilter(patterns: replying.map(\.rule.pattern), concepts: concepts))
  }

  private static func checkHeader(
    _ document: ScenarioDocument, themes: ThemeCatalogue, _ reader: NodeReader
  ) {
    if let id = document.id,
      !id.value.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) || id.value.isEmpty
    {
      reader.report(
        .badValue, "the id '\(id.value)' should use only lower-case letters, digits and dashes",
        at: id.location)
    }
    let areas = themes.areaNames + [ThemeCatalogue.otherArea]
    if let area = document.area, !areas.contains(area.value) {
      reader.report(
        .badValue,
        "'area' should be an area of the theme list or 'other' (\(areas.joined(separator: ", "))), not '\(area.value)'",
        at: area.location, notes: Suggestion.notes(for: area.value, in: areas))
    }
    if let area = document.area, area.value == ThemeCatalogue.otherArea, document.themes == nil,
      document.steps.contains(where: { $0.ask == .text && $0.themes == nil })
    {
      reader.report(
        .noSharedThemes,
        "area 'other' has no shared theme rules of its own, so answers are tagged only by this scenario's rules; say which areas' rules to use with 'themes:' (an area, 'all', or 'none')",
        at: area.location, severity: .warning)
    }
    if document.steps.isEmpty == false, !document.steps.contains(where: \.isEnd) {
      reader.report(
        .noEnding, "the scenario has no step with 'end: true', so it can never finish",
        at: document.location)
    }
  }

  /// Every keyword, scenario-wide first, then each step's, with their names registered.
  private static func collectKeywords(_ document: ScenarioDocument, _ compiler: inout RuleCompiler)
    -> [KeywordDefinition]
  {
    var all = document.keywords
    for step in document.steps {
      for case .keyword(let keyword) in step.rules { all.append(keyword) }
    }
    for (index, keyword) in all.enumerated() {
      let name = keyword.id ?? keyword.keys.first?.value ?? "keyword\(index + 1)"
      if compiler.keywordNames[name] != nil {
        compiler.report(.duplicateID, "two keywords are called '\(name)'", at: keyword.location)
      } else {
        compiler.keywordNames[name] = index
      }
    }
    return all
  }

  private static func compileKeyword(
    _ definition: KeywordDefinition, index: Int, _ compiler: RuleCompiler
  ) -> Keyword {
    let name = definition.id ?? definition.keys.first?.value ?? "keyword\(index + 1)"
    let keys = definition.keys.compactMap { key in
      compiler.pattern(Located("* \(key.value) *", key.location))
    }
    var ruleIDs: Set<String> = []
    for rule in definition.rules {
      if let ruleID = rule.id, !ruleIDs.insert(ruleID).inserted {
        compiler.report(
          .duplicateID, "two rules of keyword '\(name)' are called '\(ruleID)'", at: rule.location)
      }
    }
    let rules = definition.rules.enumerated().map { number, rule in
      compiler.rule(rule, id: "\(name)#\(number + 1)")
    }
    let memory = definition.memory.compactMap { entry -> MemoryTransformation? in
      let pattern = entry.match.flatMap { compiler.pattern($0) }
      guard let remember = compiler.template(entry.remember, pattern: pattern) else { return nil }
      return MemoryTransformation(pattern: pattern, remember: remember)
    }
    return Keyword(
      reference: RuleReference(id: name, location: definition.location), name: name, keys: keys,
      rank: definition.rank, rules: rules, memory: memory)
  }
}
