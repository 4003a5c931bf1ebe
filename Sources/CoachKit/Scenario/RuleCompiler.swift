/// Compiles rules, patterns, templates and conditions, collecting every problem.
///
/// It is shared by the scenario compiler and the prompts loader, so that a pattern means the
/// same thing and is checked the same way wherever it is written.
struct RuleCompiler {
  var concepts: ConceptTable
  var stepIDs: [String] = []
  var stepKinds: [String: AskKind] = [:]
  var keywordNames: [String: Int] = [:]
  /// The theme list tags are checked against.
  var themes = ThemeCatalogue()
  /// The contractions table answers are normalised with, applied to patterns too.
  var contractions: [String: String] = [:]
  /// Whether a rule must do something (false for safety rules, whose match is the effect).
  var requiresEffect = true
  /// The negation policy of rules that do not choose one.
  var defaultNegation = NegationPolicy.block
  let reader: NodeReader

  func report(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [String] = [],
    severity: Diagnostic.Severity = .error
  ) {
    reader.report(code, message, at: location, notes: notes, severity: severity)
  }

  /// A pattern, with its concepts checked; nil (and a diagnostic) when it cannot be read.
  func pattern(_ text: Located<String>) -> Pattern? {
    let pattern: Pattern
    do {
      pattern = try PatternParser.parse(text.value, contractions: contractions)
    } catch {
      report(
        .badPattern, "the pattern '\(text.value)' cannot be read: \(error.message)",
        at: offset(text.location, by: error.column))
      return nil
    }
    for name in pattern.conceptNames where !concepts.contains(name) {
      report(
        .unknownConcept, "the pattern uses the concept '\(name)', which is not defined",
        at: text.location,
        notes: Suggestion.notes(for: name, in: concepts.names))
    }
    return pattern
  }

  /// A reply template, checked against the pattern's elements and the scenario's steps.
  func template(_ text: Located<String>, pattern: Pattern?, allowCaptures: Bool = true) -> Template?
  {
    let template: Template
    do {
      template = try Template(parsing: text.value)
    } catch {
      report(
        .badPattern, "the reply '\(text.value)' cannot be read: \(error.message)", at: text.location
      )
      return nil
    }
    for segment in template.segments {
      check(segment, in: text, pattern: pattern, allowCaptures: allowCaptures)
    }
    return template
  }

  private func check(
    _ segment: Template.Segment, in text: Located<String>, pattern: Pattern?, allowCaptures: Bool
  ) {
    switch segment {
    case .capture(let number, _):
      let count = pattern?.elements.count ?? 0
      if !allowCaptures || number < 1 || number > count {
        report(
          .captureOutOfRange,
          "the reply uses {\(number)} but the pattern has \(count) element\(count == 1 ? "" : "s")",
          at: text.location, notes: pattern.map { [$0.numbering] } ?? [])
      } else if let pattern, case .word(let word) = pattern.elements[number - 1].kind,
        !word.isPrefix
      {
        report(
          .literalCapture,
          "{\(number)} is element \(number) of '\(pattern.source)', the word '\(word.text)', so the reply always says '\(word.text)' there",
          at: text.location,
          notes: [
            pattern.numbering,
            "name the part you mean instead, as in 'rest=*' and '{rest}'",
          ], severity: .warning)
      }
    case .named(let name, _):
      if !allowCaptures || !(pattern?.captureNames.contains(name) ?? false) {
        report(
          .captureOutOfRange,
          "the reply uses {\(name)} but the pattern has no capture of that name",
          at: text.location, notes: Suggestion.notes(for: name, in: pattern?.captureNames ?? []))
      }
    case .answer(let step): checkStep(step, kinds: [.text], "answer", text)
    case .rating(let step): checkStep(step, kinds: [.scale], "rating", text)
    case .choice(let step): checkStep(step, kinds: [.choice], "choice", text)
    case .literal, .variable, .tags, .helplines: break
    }
  }

  private func checkStep(
    _ step: String, kinds: Set<AskKind>, _ name: String, _ text: Located<String>
  ) {
    guard !stepIDs.isEmpty else { return }
    guard let kind = stepKinds[step] else {
      report(
        .unknownPlaceholder,
        "{\(name):\(step)} names '\(step)', which is not a step in this scenario",
        at: text.location, notes: Suggestion.notes(for: step, in: stepIDs))
      return
    }
    if !kinds.contains(kind) {
      report(
        .unknownPlaceholder,
        "{\(name):\(step)} needs a \(kinds.map(\.rawValue).sorted().joined()) step, but '\(step)' asks for \(kind.rawValue)",
        at: text.location)
    }
  }

  func condition(_ text: Located<String>?) -> Condition? {
    guard let text else { return nil }
    do {
      return try Condition(parsing: text.value)
    } catch {
      report(
        .badCondition, "the condition '\(text.value)' cannot be read: \(error.message)",
        at: text.location)
      return nil
    }
  }

  func tags(_ tags: [Located<String>]) -> [String] {
    for tag in tags where !themes.isKnown(tag.value) {
      report(
        .unknownTag,
        "'\(tag.value)' is not a theme tag; use one of the theme list or prefix your own with 'x-'",
        at: tag.location, notes: unknownTagNotes(tag.value))
    }
    return tags.map(\.value)
  }

  /// A "did you mean" and the valid tags, area by area, for an `unknown-tag` diagnostic.
  func unknownTagNotes(_ tag: String) -> [String] {
    Suggestion.notes(for: tag, in: themes.all)
      + themes.areas.map { area in
        "\(area.id): " + area.tags.map(\.id).joined(separator: ", ")
      } + [
        "or a tag of this scenario's own, such as 'x-\(tag.split(separator: ".").last ?? "mine")'"
      ]
  }

  func branches(_ branches: [BranchDefinition]) -> [Branch] {
    branches.compactMap { branch in
      guard let index = stepIDs.firstIndex(of: branch.step.value) else {
        report(
          .unknownStep, "'\(branch.step.value)' is not a step in this scenario",
          at: branch.step.location,
          notes: Suggestion.notes(for: branch.step.value, in: stepIDs))
        return nil
      }
      return Branch(condition: condition(branch.condition), step: index)
    }
  }

  func rule(_ definition: RuleDefinition, id: String) -> Rule {
    let pattern = definition.match.flatMap { self.pattern($0) }
    let redirect = definition.redirect.flatMap { keyword($0) }
    if requiresEffect && definition.replies.isEmpty && definition.replyActions.isEmpty
      && definition.tags.isEmpty
      && definition.redirect == nil
      && !definition.isNewKey && definition.assignments.isEmpty && definition.remember.isEmpty
    {
      report(
        .ruleWithoutEffect, "this rule has no reply, tags, goto, newkey or set, so it does nothing",
        at: definition.location, severity: .warning)
    }
    var rule = Rule(
      reference: RuleReference(id: definition.id ?? id, location: definition.location),
      pattern: pattern, rank: definition.rank, tags: tags(definition.tags),
      replies: definition.replies.compactMap { template($0, pattern: pattern) },
      next: branches(definition.next), condition: condition(definition.condition),
      assignments: definition.assignments.map { Assignment(name: $0.name, value: $0.value) },
      remember: definition.remember.compactMap { template($0, pattern: pattern) },
      negation: definition.negation ?? defaultNegation,
      unless: definition.unless.compactMap { self.pattern($0) },
      redirect: redirect, rewrite: definition.rewrite.flatMap { template($0, pattern: pattern) },
      isNewKey: definition.isNewKey, area: definition.area?.value)
    rule.cursorKey = id
    for action in definition.replyActions {
      if action.isNewKey {
        rule.rotationActions[action.place] = .newKey
      } else if let target = action.redirect, let index = keyword(target) {
        rule.rotationActions[action.place] = .redirect(
          keyword: index, rewrite: action.rewrite.flatMap { template($0, pattern: pattern) })
      }
    }
    return rule
  }

  /// The index of the keyword a `goto` names; nil (and a diagnostic) when there is none.
  func keyword(_ target: Located<String>) -> Int? {
    if let index = keywordNames[target.value] { return index }
    report(
      .unknownKeyword, "'goto: \(target.value)' names a keyword that does not exist",
      at: target.location, notes: Suggestion.notes(for: target.value, in: keywordNames.keys))
    return nil
  }

  /// Moves a location right by a 1-based column within the quoted text.
  func offset(_ location: SourceLocation, by column: Int) -> SourceLocation {
    var moved = location
    moved.column += max(0, column - 1)
    return moved
  }

  /// Builds a concept table from definitions, reporting duplicates and unknown includes.
  static func concepts(
    _ definitions: [ConceptDefinition], over base: ConceptTable = ConceptTable(),
    contractions: [String: String] = [:], reader: NodeReader
  ) -> ConceptTable {
    // The base (the shared themes' table) is already resolved: only the new concepts are.
    var table = base
    var seen: Set<String> = []
    for concept in definitions {
      if !seen.insert(concept.name.value).inserted {
        reader.report(
          .duplicateID, "the concept '\(concept.name.value)' is defined twice",
          at: concept.name.location)
      }
      table.add(
        concept.name.value,
        phrases: concept.entries.map { entry in
          entry.value.hasPrefix("@")
            ? [Pattern.Word(text: entry.value, isPrefix: false)]
            : PatternParser.phrase(entry.value, contractions: contractions)
        })
    }
    for missing in table.resolveIncludes(only: seen) {
      let location =
        definitions.first { $0.entries.contains { $0.value == "@" + missing } }?.name.location
        ?? SourceLocation(path: "", line: 1, column: 1)
      reader.report(
        .unknownConcept, "a concept includes '@\(missing)', which is not defined", at: location,
        notes: Suggestion.notes(for: missing, in: table.names))
    }
    return table
  }
}
