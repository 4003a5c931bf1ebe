extension ScenarioCompiler {
  static func compileStep(
    _ definition: StepDefinition, index: Int, defaultThemes: Set<String>, keywordStart: inout Int,
    _ compiler: RuleCompiler
  ) -> Step {
    let id = definition.id.value
    var rules: [StepRule] = []
    var ruleNumber = 0
    var ruleIDs: Set<String> = []
    for item in definition.rules {
      switch item {
      case .plain(let rule):
        if let ruleID = rule.id, !ruleIDs.insert(ruleID).inserted {
          compiler.report(
            .duplicateID, "two rules of step '\(id)' are called '\(ruleID)'", at: rule.location)
        }
        ruleNumber += 1
        rules.append(.plain(compiler.rule(rule, id: "\(id)#\(ruleNumber)")))
      case .keyword:
        rules.append(.keyword(keywordStart))
        keywordStart += 1
      }
    }
    if definition.ask != .text && !definition.rules.isEmpty {
      compiler.report(
        .badValue,
        "only 'ask: text' steps read rules; step '\(id)' asks for \(definition.ask.rawValue)",
        at: definition.location)
    }
    if definition.ask == .choice && definition.choices.isEmpty {
      compiler.report(
        .missingKey, "step '\(id)' asks for a choice but has no 'choices'", at: definition.location)
    }
    if definition.ask == .scale && definition.scale == nil {
      compiler.report(
        .missingKey, "step '\(id)' asks for a number but has no 'scale'", at: definition.location)
    }
    if let role = definition.report, role.value.kind.ask != definition.ask {
      compiler.report(
        .badValue,
        "'report: \(role.value.kind.rawValue)' needs an 'ask: \(role.value.kind.ask.rawValue)' step, but '\(id)' asks for \(definition.ask.rawValue)",
        at: role.location)
    }
    if definition.ask != .none && definition.question == nil {
      compiler.report(
        .missingKey, "step '\(id)' asks for \(definition.ask.rawValue) but has no 'question'",
        at: definition.location)
    }
    var tagReplies: [String: TagReply] = [:]
    if let node = definition.tagReplies {
      if definition.ask != .text {
        compiler.report(
          .badValue,
          "only 'ask: text' steps use 'tag-replies'; step '\(id)' asks for \(definition.ask.rawValue)",
          at: node.location)
      }
      tagReplies = PromptsLoader.readTagReplies(node, prefix: "\(id)/tag:", compiler)
    }
    return Step(
      id: id, location: definition.location,
      say: definition.say.compactMap { compiler.template($0, pattern: nil, allowCaptures: false) },
      ask: definition.isEnd ? .none : definition.ask,
      question: definition.question.flatMap {
        compiler.template($0, pattern: nil, allowCaptures: false)
      },
      rules: rules, themeAreas: themeAreas(definition, defaults: defaultThemes, compiler),
      tagReplies: tagReplies,
      fallback: definition.fallback.compactMap {
        compiler.template($0, pattern: nil, allowCaptures: false)
      },
      choices: definition.choices.map { choice in
        Choice(
          label: choice.label.value, next: compiler.branches(choice.next),
          tags: compiler.tags(choice.tags),
          assignments: choice.assignments.map { Assignment(name: $0.name, value: $0.value) })
      },
      scale: definition.scale.map { Scale(min: $0.min, max: $0.max, low: $0.low, high: $0.high) },
      scaleReplies: definition.scaleReplies.enumerated().compactMap { number, reply in
        scaleReply(reply, id: "\(id)#range\(number + 1)", compiler)
      },
      next: compiler.branches(definition.next), isEnd: definition.isEnd,
      notes: definition.notes.map(\.value), discussSeconds: definition.discussSeconds,
      report: definition.report?.value)
  }

  /// The areas whose shared theme rules a text step consults: its own `themes:`, else the
  /// scenario's (areas marked `every-step` are consulted besides, by the interpreter).
  private static func themeAreas(
    _ definition: StepDefinition, defaults: Set<String>, _ compiler: RuleCompiler
  ) -> Set<String> {
    guard definition.ask == .text else { return [] }
    return definition.themes.map { themeAreas($0, compiler) } ?? defaults
  }

  /// The areas a scenario's `themes:` names, else its own area when it is one of the list.
  static func scenarioThemes(_ document: ScenarioDocument, _ compiler: RuleCompiler) -> Set<
    String
  > {
    if let themes = document.themes { return themeAreas(themes, compiler) }
    let area = document.area?.value ?? ThemeCatalogue.otherArea
    return compiler.themes.areaNames.contains(area) ? [area] : []
  }

  /// The areas named in a `themes:` list: areas of the theme list, `all` or `none`.
  private static func themeAreas(_ themes: [Located<String>], _ compiler: RuleCompiler) -> Set<
    String
  > {
    let names = compiler.themes.areaNames
    var areas: Set<String> = []
    for theme in themes {
      if theme.value == "all" {
        areas.formUnion(names)
      } else if theme.value == "none" {
        continue
      } else if names.contains(theme.value) {
        areas.insert(theme.value)
      } else {
        compiler.report(
          .badValue,
          "'\(theme.value)' is not a theme area; use \(names.joined(separator: ", ")), all or none",
          at: theme.location,
          notes: Suggestion.notes(for: theme.value, in: names + ["all", "none"]))
      }
    }
    return areas
  }

  private static func scaleReply(
    _ definition: ScaleReplyDefinition, id: String, _ compiler: RuleCompiler
  ) -> ScaleReply? {
    let parts = definition.range.value.split(separator: "-").map { Int(String($0).trimmingSpaces) }
    let bounds: (Int, Int)?
    switch parts.count {
    case 1: bounds = parts[0].map { ($0, $0) }
    case 2: bounds = parts[0].flatMap { low in parts[1].map { (low, $0) } }
    default: bounds = nil
    }
    guard let (low, high) = bounds else {
      compiler.report(
        .badValue,
        "the range '\(definition.range.value)' should be a number or two numbers such as '1-3'",
        at: definition.range.location)
      return nil
    }
    guard low <= high else {
      compiler.report(
        .unmatchableScaleReply,
        "the range '\(definition.range.value)' is empty: \(low) is above \(high)",
        at: definition.range.location)
      return nil
    }
    return ScaleReply(
      reference: RuleReference(id: id, location: definition.location), range: low...high,
      replies: definition.replies.compactMap {
        compiler.template($0, pattern: nil, allowCaptures: false)
      },
      next: compiler.branches(definition.next), tags: compiler.tags(definition.tags),
      assignments: definition.assignments.map { Assignment(name: $0.name, value: $0.value) })
  }
}
