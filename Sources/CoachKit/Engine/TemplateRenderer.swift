/// Fills a template's placeholders from a match and the session so far.
struct TemplateRenderer {
  let voice: Voice
  let reflection: ReflectionMode
  var reflector: Reflector
  var capitals = false
  var core = EngineState.Core()
  var helpLines = ""

  func render(_ template: Template, match: PatternMatch? = nil, pattern: Pattern? = nil) -> String {
    var text = ""
    var afterEmpty = false
    for segment in template.segments {
      let before = text.count
      switch segment {
      case .literal(let literal):
        // An empty capture must not leave a double space ("your mentee  books") or a space
        // before punctuation.
        if afterEmpty, text.hasSuffix(" "), let first = literal.first,
          first == " " || ".,;:!?".contains(first)
        {
          text.removeLast()
        }
        text += literal
      case .capture(let number, let raw):
        text += words(capture(match, number, after: text), raw: raw)
      case .named(let name, let raw):
        let number = pattern?.elements.firstIndex { $0.name == name }
        text += words(number.map { capture(match, $0 + 1, after: text) } ?? [], raw: raw)
      case .answer(let step): text += core.answers[step] ?? "…"
      case .rating(let step): text += core.ratings[step].map(String.init) ?? "…"
      case .choice(let step): text += core.choices[step] ?? "…"
      case .variable(let name): text += core.variables[name] ?? ""
      case .tags: text += tagWords()
      case .helplines: text += helpLines
      }
      if case .literal = segment { afterEmpty = false } else { afterEmpty = text.count == before }
    }
    return capitals ? text.uppercased() : text
  }

  /// A capture to show: completed as a phrase when it opens a quotation, so a quote never ends
  /// mid-phrase ("ruin her" → "ruin her career").
  private func capture(_ match: PatternMatch?, _ number: Int, after text: String) -> [Token] {
    guard let match else { return [] }
    return text.hasSuffix("\"") || text.hasSuffix("\u{201C}")
      ? match.phraseCapture(number) : match.displayCapture(number)
  }

  private func words(_ tokens: [Token], raw: Bool) -> String {
    raw || reflection == .scan ? tokens.text : reflector.reflect(tokens)
  }

  private func tagWords() -> String {
    // A scenario's own `x-` tags are named only when the scenario gives them plain words.
    let tags = core.tagCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.compactMap {
      voice.tagNames[$0.key] ?? (ThemeCatalogue.isOwnTag($0.key) ? nil : $0.key)
    }
    switch tags.count {
    case 0: return ""
    case 1: return tags[0]
    default: return tags.dropLast().joined(separator: ", ") + " and " + (tags.last ?? "")
    }
  }
}
