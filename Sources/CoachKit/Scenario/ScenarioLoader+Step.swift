import Foundation

extension ScenarioLoader {
  static func readStep(_ node: SourceNode, _ reader: NodeReader) -> StepDefinition? {
    guard let fields = reader.fields(node, of: "a step", known: stepKeys),
      let id = fields.requiredString("id")
    else { return nil }
    var step = StepDefinition(id: id, location: node.location)
    step.say = fields.strings("say")
    step.question = fields["question"].flatMap { node in
      reader.string(node, "'question'").map { Located($0, node.location) }
    }
    step.isEnd = fields.bool("end") ?? false
    if let ask = fields["ask"] {
      step.askLocation = ask.location
      if let kind = ask.scalar.flatMap(AskKind.init(rawValue:)) {
        step.ask = kind
      } else {
        reader.report(
          .badValue,
          "'ask' should be 'text', 'choice', 'scale' or 'none', not '\(ask.scalar ?? "")'",
          at: ask.location,
          notes: Suggestion.notes(for: ask.scalar ?? "", in: ["text", "choice", "scale", "none"]))
      }
    } else if fields["choices"] != nil {
      step.ask = .choice
    } else if fields["scale"] != nil {
      step.ask = .scale
    } else if fields["rules"] != nil || fields["question"] != nil {
      step.ask = .text
    }
    step.rules = fields["rules"].map { readStepRules($0, reader) } ?? []
    step.fallback = fields.strings("fallback")
    step.choices =
      fields["choices"].map { reader.list($0).compactMap { readChoice($0, reader) } } ?? []
    step.scale = fields["scale"].flatMap { readScale($0, reader) }
    step.scaleReplies =
      fields["replies"].map {
        reader.list($0).compactMap { readScaleReply($0, reader) }
      } ?? []
    step.next = fields["next"].map { readNext($0, reader) } ?? []
    step.notes = fields.strings("notes")
    if let discuss = fields["discuss"] {
      step.discussSeconds = readDuration(discuss, reader)
    }
    if let themes = fields["themes"] { step.themes = reader.strings(themes, "'themes'") }
    if let report = fields["report"] { step.report = readReportRole(report, reader) }
    step.tagReplies = fields["tag-replies"]
    return step
  }

  /// `report: ROLE`, or `report: {role: ROLE, pair: NAME}` for a rating of a named pair.
  static func readReportRole(_ node: SourceNode, _ reader: NodeReader) -> Located<ReportRole>? {
    var pair: String?
    var roleNode = node
    if case .mapping = node.value {
      guard let fields = reader.fields(node, of: "'report'", known: reportKeys),
        let role = fields.required("role")
      else { return nil }
      roleNode = role
      pair = fields.string("pair")
    }
    let names = ReportRole.Kind.allCases.map(\.rawValue)
    guard let text = roleNode.scalar, let kind = ReportRole.Kind(rawValue: text) else {
      reader.report(
        .badValue,
        "'report' should be \(names.joined(separator: ", ")), not '\(roleNode.scalar ?? "a list")'",
        at: roleNode.location, notes: Suggestion.notes(for: roleNode.scalar ?? "", in: names))
      return nil
    }
    if pair != nil && !kind.isRating {
      reader.report(
        .badValue, "only 'rating-before' and 'rating-after' take a 'pair'", at: node.location)
    }
    return Located(ReportRole(kind, pair: pair), roleNode.location)
  }

  static func readStepRules(_ node: SourceNode, _ reader: NodeReader) -> [StepRuleDefinition] {
    reader.list(node).compactMap { item in
      if case .mapping(let pairs) = item.value, pairs.contains(where: { $0.key.scalar == "key" }) {
        return readKeyword(item, reader).map(StepRuleDefinition.keyword)
      }
      return readRule(item, reader).map(StepRuleDefinition.plain)
    }
  }

  static func readChoice(_ node: SourceNode, _ reader: NodeReader) -> ChoiceDefinition? {
    if let label = node.scalar {
      return ChoiceDefinition(
        label: Located(label, node.location), next: [], tags: [], assignments: [])
    }
    guard let fields = reader.fields(node, of: "a choice", known: choiceKeys),
      let label = fields.requiredString("label")
    else { return nil }
    return ChoiceDefinition(
      label: label, next: fields["next"].map { readNext($0, reader) } ?? [],
      tags: fields.strings("tags"),
      assignments: fields["set"].map { readAssignments($0, reader) } ?? [])
  }

  static func readScale(_ node: SourceNode, _ reader: NodeReader) -> ScaleDefinition? {
    guard let fields = reader.fields(node, of: "'scale'", known: scaleKeys),
      let min = fields.required("min").flatMap({ reader.int($0, "'min'") }),
      let max = fields.required("max").flatMap({ reader.int($0, "'max'") })
    else { return nil }
    if min >= max {
      reader.report(
        .badValue, "the scale's 'min' (\(min)) should be below its 'max' (\(max))",
        at: node.location)
      return nil
    }
    return ScaleDefinition(
      location: node.location, min: min, max: max, low: fields.string("low") ?? "\(min)",
      high: fields.string("high") ?? "\(max)")
  }

  static func readScaleReply(_ node: SourceNode, _ reader: NodeReader) -> ScaleReplyDefinition? {
    guard let fields = reader.fields(node, of: "a scale reply", known: scaleReplyKeys),
      let range = fields.requiredString("range")
    else { return nil }
    return ScaleReplyDefinition(
      location: node.location, range: range, replies: fields.strings("reply"),
      next: fields["next"].map { readNext($0, reader) } ?? [], tags: fields.strings("tags"),
      assignments: fields["set"].map { readAssignments($0, reader) } ?? [])
  }

  /// Reads `5m`, `90s`, `1m30s` or a bare number of minutes, as seconds.
  static func readDuration(_ node: SourceNode, _ reader: NodeReader) -> Int? {
    guard let text = node.scalar, let seconds = parseDuration(text) else {
      reader.report(
        .badValue, "'discuss' should be a time such as '5m' or '90s'", at: node.location)
      return nil
    }
    return seconds
  }

  /// Parses a duration such as `5m`, `90s`, `1m30s` or `5` (minutes); nil when malformed.
  static func parseDuration(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let minutes = Int(trimmed), minutes > 0 { return minutes * 60 }
    var total = 0
    var digits = ""
    for character in trimmed {
      if character.isNumber {
        digits.append(character)
      } else if let value = Int(digits), character == "m" || character == "s" || character == "h" {
        total += value * (character == "h" ? 3600 : character == "m" ? 60 : 1)
        digits = ""
      } else if character != " " {
        return nil
      }
    }
    return digits.isEmpty && total > 0 ? total : nil
  }
}
