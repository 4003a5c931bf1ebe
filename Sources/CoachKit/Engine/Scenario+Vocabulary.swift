extension Pattern {
  /// The whole words the pattern looks for (not prefixes or concept names).
  var words: [String] {
    elements.flatMap { element -> [String] in
      switch element.kind {
      case .word(let word): word.isPrefix ? [] : [word.text]
      case .alternatives(let phrases), .optional(let phrases):
        phrases.flatMap { $0.filter { !$0.isPrefix }.map(\.text) }
      default: []
      }
    }
  }
}

extension ConceptTable {
  /// The whole words of every phrase of every concept.
  var words: Set<String> {
    Set(phrases.values.flatMap { $0.flatMap { $0.filter { !$0.isPrefix }.map(\.text) } })
  }
}

extension Scenario {
  /// Every word its rules, its keywords, the shared theme rules and the concepts look for:
  /// the vocabulary a typo is corrected towards.
  var ruleVocabulary: Set<String> {
    var rules = prompts.themeRules
    for step in steps {
      for item in step.rules { if case .plain(let rule) = item { rules.append(rule) } }
    }
    var patterns = rules.flatMap { [$0.pattern].compactMap { $0 } + $0.unless }
    for keyword in keywords {
      patterns += keyword.keys + keyword.rules.flatMap { [$0.pattern].compactMap { $0 } }
    }
    return concepts.words.union(prompts.themeConceptTable.words).union(
      patterns.flatMap(\.words)
    ).union(Paraphraser.hedges)
  }
}
