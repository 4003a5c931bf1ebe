extension ScenarioChecks {
  /// `broken-reply`: a reply template that can produce broken or misleading text.
  ///
  /// Four shapes are reported, each one that filling a template can turn into wrong English or
  /// a false claim, whatever the mentor writes:
  /// - a capture that continues the pattern's subject ("she", "they", "I") placed after other
  ///   words, so its verb agrees with the old subject ("So your mentee {3}" gives "So your
  ///   mentee send…" for "they send…");
  /// - a reflected capture that can be a pronoun reflection changes, followed by a verb written
  ///   in the reply ("{2} am" gives "you am");
  /// - a capture whose words can be inflected ("refer*", "booked") placed after "to" or a modal
  ///   ("you would {2}" gives "you would referred");
  /// - "again" in a reply whose rule has no `when`, so it is said on a first mention too.
  func checkBrokenReplies() {
    var rules: [Rule] = []
    for step in scenario.steps {
      for item in step.rules { if case .plain(let rule) = item { rules.append(rule) } }
    }
    for keyword in scenario.keywords { rules += keyword.rules }
    for rule in rules {
      for template in rule.replies + rule.remember {
        for problem in problems(template, rule) {
          reader.report(
            .brokenReply, "reply '\(template.source)' of rule '\(rule.reference.id)' \(problem)",
            at: rule.reference.location, severity: .warning)
        }
      }
    }
  }

  private func problems(_ template: Template, _ rule: Rule) -> [String] {
    var found: [String] = []
    let written = template.source.lowercased().split { !$0.isLetter }
    if rule.condition == nil, written.contains("again") {
      found.append(
        "says 'again' but can answer a first mention; give the rule a 'when' (such as 'tag.TAG') so it is said only after a repeat"
      )
    }
    guard let pattern = rule.pattern else { return found }
    for (index, segment) in template.segments.enumerated() {
      guard let (number, raw) = capture(segment, pattern) else { continue }
      let shown = pattern.elements[number - 1].name.map { "{\($0)}" } ?? "{\(number)}"
      // The segment before, passing over spaces between placeholders ("{2} {3}").
      let before = template.segments[..<index].last {
        if case .literal(let text) = $0 { !text.allSatisfy { $0 == " " } } else { true }
      }
      let after = index + 1 < template.segments.count ? template.segments[index + 1] : nil
      if let subject = subjectBefore(number, pattern), !isCapture(before, subject, pattern) {
        found.append(
          "puts \(shown) after other words than {\(subject)}, the subject its verb agrees with ('\(words(pattern.elements[subject - 1]).joined(separator: "|"))'); start with {\(subject)}, or reword"
        )
      }
      if !raw, canBePronoun(pattern.elements[number - 1]),
        case .literal(let text)? = after,
        let verb = text.lowercased().split(separator: " ").first.map(String.init),
        Self.agreeingVerbs.contains(verb)
      {
        found.append(
          "puts '\(verb)' after \(shown), which can be a pronoun that reflection changes, so the verb may not agree"
        )
      }
      if index > 0, case .literal(let text) = template.segments[index - 1],
        let last = text.lowercased().split(separator: " ").last.map(String.init),
        text.hasSuffix(" "), Self.baseFormTakers.contains(last),
        canBeInflected(pattern.elements[number - 1])
      {
        found.append(
          "puts \(shown) after '\(last)', but it can capture an inflected word ('referred', 'booking'); reword without it"
        )
      }
    }
    return found
  }

  private func capture(_ segment: Template.Segment, _ pattern: Pattern) -> (Int, Bool)? {
    switch segment {
    case .capture(let number, let raw):
      // `{0}` or a number past the pattern is `capture-out-of-range`, reported already.
      return pattern.elements.indices.contains(number - 1) ? (number, raw) : nil
    case .named(let name, let raw):
      return pattern.elements.firstIndex { $0.name == name }.map { ($0 + 1, raw) }
    default: return nil
    }
  }

  private func isCapture(_ segment: Template.Segment?, _ number: Int, _ pattern: Pattern) -> Bool {
    guard let segment, let (found, _) = capture(segment, pattern) else { return false }
    return found >= number
  }

  /// The element (1-based) that is the subject of capture `number`'s first word: the element
  /// just before it, or before wildcards that may match nothing.
  private func subjectBefore(_ number: Int, _ pattern: Pattern) -> Int? {
    var index = number - 1
    while index >= 1 {
      let element = pattern.elements[index - 1]
      if case .wildcard = element.kind {
        index -= 1
        continue
      }
      let options = Set(words(element))
      return options.isDisjoint(with: Self.subjectPronouns) || options.count < 2 ? nil : index
    }
    return nil
  }

  private func words(_ element: Pattern.Element) -> [String] {
    switch element.kind {
    case .word(let word): [word.text]
    case .alternatives(let options), .optional(let options):
      options.map { $0.map(\.text).joined(separator: " ") }
    case .concept(let name), .wordTag(let name):
      (scenario.concepts.phrases[name] ?? []).map { $0.map(\.text).joined(separator: " ") }
    default: []
    }
  }

  private func canBePronoun(_ element: Pattern.Element) -> Bool {
    if case .wildcard = element.kind { return false }
    return !Set(words(element)).isDisjoint(with: ["i", "you", "we"])
  }

  private func canBeInflected(_ element: Pattern.Element) -> Bool {
    switch element.kind {
    case .word(let word): return word.isPrefix
    case .alternatives(let options), .optional(let options):
      return options.contains { phrase in
        phrase.first.map { $0.isPrefix || $0.text.hasSuffix("ed") || $0.text.hasSuffix("ing") }
          ?? false
      }
    default: return false
    }
  }

  static let subjectPronouns: Set<String> = ["i", "we", "they", "she", "he", "you"]
  static let agreeingVerbs: Set<String> = ["am", "are", "is", "was", "were", "has", "have"]
  static let baseFormTakers: Set<String> = [
    "to", "would", "could", "will", "can", "should", "might", "must", "shall",
  ]
}
