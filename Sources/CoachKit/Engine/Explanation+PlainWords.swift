/// `:why` for the person in the session: one or two sentences from the voice file, no rule
/// names, paths or trace (those stay in `explain --trace`).
extension Explanation {
  /// Says in plain words why the coach replied as it did.
  ///
  /// - The safety net caught the answer: `why-safety`.
  /// - A rule replied: `why-theme` with the part of the answer it replied to (reflected, "you
  ///   are on call…") and the rule's themes in plain words (else the answer's), or `why-rule`
  ///   when no theme has a plain name.
  /// - No rule replied: `why-open-theme` with the themes noticed, or `why-open`.
  ///
  /// - Parameter voice: The voice file's wording and tag names.
  /// - Returns: The sentences.
  public func plainWords(voice: Voice) -> String {
    if interpretation.safetyRule != nil { return voice.why.safety }
    guard let winner = interpretation.winner else {
      let themes = Self.themes(interpretation.tags, voice: voice)
      return themes.isEmpty
        ? voice.why.open : Voice.fill(voice.why.openTheme, ["themes": themes])
    }
    let clause = interpretation.clauseIndex.map { interpretation.clauses[$0] } ?? []
    let part = voice.reflector.reflect(clause.filter { !$0.isDelimiter })
    // The rule's own themes, else every theme noticed in the answer.
    let own = Self.themes(winner.rule.tags, voice: voice)
    let themes = own.isEmpty ? Self.themes(interpretation.tags, voice: voice) : own
    let template = themes.isEmpty ? voice.why.rule : voice.why.theme
    return Voice.fill(template, ["part": part, "themes": themes])
  }

  /// The tags that have plain names, joined as in a sentence: "a", "a and b", "a, b and c".
  static func themes(_ tags: [String], voice: Voice) -> String {
    let names = tags.compactMap { voice.tagNames[$0.lowercased()] }
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    guard let last = unique.last else { return "" }
    return unique.count == 1 ? last : unique.dropLast().joined(separator: ", ") + " and " + last
  }
}
