/// Turns a scenario file's text into the authoring model, collecting every problem.
///
/// The loader never opens files: it takes the text and the path to show in diagnostics.
enum ScenarioLoader {
  static let scenarioKeys = [
    "id", "title", "area", "summary", "minutes", "version", "start", "mode", "reflection", "case",
    "negation",
    "substitutions", "themes", "tags", "concepts", "keywords", "variables", "steps",
  ]
  static let stepKeys = [
    "id", "say", "ask", "question", "rules", "fallback", "choices", "scale", "replies", "next",
    "end", "notes", "discuss", "themes", "report", "tag-replies",
  ]
  static let ruleKeys = [
    "id", "match", "rank", "tags", "reply", "next", "when", "set", "remember", "negation",
    "unless", "goto", "pre", "newkey", "area",
  ]
  static let keywordKeys = ["id", "key", "rank", "rules", "memory"]
  static let replyActionKeys = ["goto", "pre", "newkey"]
  static let memoryKeys = ["match", "remember"]
  static let choiceKeys = ["label", "next", "tags", "set"]
  static let scaleKeys = ["min", "max", "low", "high"]
  static let scaleReplyKeys = ["range", "reply", "next", "tags", "set"]
  static let branchKeys = ["when", "step"]
  static let reportKeys = ["role", "pair"]

  /// Parses `text`; returns the document (if the YAML could be read) and the problems found.
  static func load(_ text: String, path: String) -> (ScenarioDocument?, [Diagnostic]) {
    let root: SourceNode
    switch SourceNode.parse(text, path: path) {
    case .failure(let diagnostic): return (nil, [diagnostic])
    case .success(nil):
      let location = SourceLocation(path: path, line: 1, column: 1)
      return (nil, [Diagnostic(.error, .missingKey, "the file is empty", at: location)])
    case .success(let node?): root = node
    }
    let reader = NodeReader()
    let document = readScenario(root, path: path, reader)
    return (document, reader.diagnostics)
  }

  private static func readScenario(_ root: SourceNode, path: String, _ reader: NodeReader)
    -> ScenarioDocument?
  {
    guard let fields = reader.fields(root, of: "the scenario", known: scenarioKeys) else {
      return nil
    }
    var document = ScenarioDocument(path: path, location: root.location)
    document.id = fields.requiredString("id")
    document.title = fields.requiredString("title")?.value
    document.area = fields.requiredString("area")
    document.summary = fields.requiredString("summary")?.value
    document.minutes = fields.required("minutes").flatMap { reader.int($0, "'minutes'") }
    document.version = fields.required("version").flatMap { reader.int($0, "'version'") }
    if let start = fields["start"], let name = reader.string(start, "'start'") {
      document.start = Located(name, start.location)
    }
    if let mode = fields["reflection"] {
      switch mode.scalar {
      case "reply": document.reflection = .reply
      case "scan": document.reflection = .scan
      default:
        reader.report(.badValue, "'reflection' should be 'reply' or 'scan'", at: mode.location)
      }
    }
    if let mode = fields["mode"] {
      if let value = mode.scalar.flatMap(ScenarioMode.init(rawValue:)) {
        document.mode = value
      } else {
        reader.report(.badValue, "'mode' should be 'standard' or 'doctor'", at: mode.location)
      }
    }
    if let letters = fields["case"] {
      switch letters.scalar {
      case "as-written": document.speaksInCapitals = false
      case "upper": document.speaksInCapitals = true
      default:
        reader.report(.badValue, "'case' should be 'as-written' or 'upper'", at: letters.location)
      }
    }
    if let negation = fields["negation"] {
      if let policy = negation.scalar.flatMap(NegationPolicy.init(rawValue:)) {
        document.negation = policy
      } else {
        reader.report(
          .badValue, "'negation' should be 'block', 'require' or 'ignore'", at: negation.location)
      }
    }
    if let substitutions = fields["substitutions"] {
      for (name, value) in readAssignments(substitutions, reader) {
        document.substitutions[name.lowercased()] = value
      }
    }
    if let themes = fields["themes"] { document.themes = reader.strings(themes, "'themes'") }
    if let tags = fields["tags"] { document.ownTags = readOwnTags(tags, reader) }
    document.concepts = fields["concepts"].map { readConcepts($0, reader) } ?? []
    document.keywords =
      fields["keywords"].map { node in
        reader.list(node).compactMap { readKeyword($0, reader) }
      } ?? []
    if let variables = fields["variables"] {
      document.variables = readAssignments(variables, reader)
        .reduce(into: [:]) { $0[$1.name] = $1.value }
    }
    if let steps = fields.required("steps") {
      document.steps = reader.list(steps).compactMap { readStep($0, reader) }
    }
    return document
  }

  /// The scenario's own tags in plain words: `x-name: words`.
  static func readOwnTags(_ node: SourceNode, _ reader: NodeReader) -> [(
    tag: Located<String>, name: String
  )] {
    guard case .mapping(let pairs) = node.value else {
      reader.report(
        .badValue, "'tags' should map the scenario's own 'x-' tags to plain words",
        at: node.location)
      return []
    }
    return pairs.compactMap { key, value in
      guard let tag = reader.string(key, "a tag"), let name = reader.string(value, "'\(tag)'")
      else { return nil }
      if !ThemeCatalogue.isOwnTag(tag) {
        reader.report(
          .unknownTag,
          "'tags' names the scenario's own tags, which start with 'x-'; '\(tag)' does not",
          at: key.location)
      }
      return (Located(tag, key.location), name)
    }
  }

  static func readConcepts(_ node: SourceNode, _ reader: NodeReader) -> [ConceptDefinition] {
    guard case .mapping(let pairs) = node.value else {
      reader.report(.badValue, "'concepts' should map names to lists of words", at: node.location)
      return []
    }
    return pairs.compactMap { key, value in
      guard let name = reader.string(key, "a concept name") else { return nil }
      return ConceptDefinition(
        name: Located(name, key.location), entries: reader.strings(value, "concept '\(name)'"))
    }
  }

  static func readKeyword(_ node: SourceNode, _ reader: NodeReader) -> KeywordDefinition? {
    guard let fields = reader.fields(node, of: "a keyword", known: keywordKeys) else { return nil }
    let keys = fields.required("key").map { reader.strings($0, "'key'") } ?? []
    let rules = fields.required("rules").map { reader.list($0).compactMap { readRule($0, reader) } }
    let memory = fields["memory"].map { reader.list($0).compactMap { readMemory($0, reader) } }
    return KeywordDefinition(
      id: fields.string("id"), location: node.location, keys: keys, rank: fields.int("rank") ?? 0,
      rules: rules ?? [], memory: memory ?? [])
  }

  static func readMemory(_ node: SourceNode, _ reader: NodeReader) -> MemoryDefinition? {
    guard let fields = reader.fields(node, of: "a memory transformation", known: memoryKeys),
      let remember = fields.requiredString("remember")
    else { return nil }
    let match = fields["match"].flatMap { match in
      reader.string(match, "'match'").map { Located($0, match.location) }
    }
    return MemoryDefinition(location: node.location, match: match, remember: remember)
  }

  /// A rule's `reply`: one text or a list whose members are texts or actions (`goto`, `pre`,
  /// `newkey`), each action kept with its place in the rotation.
  static func readReplies(_ node: SourceNode, into rule: inout RuleDefinition, _ reader: NodeReader)
  {
    guard case .sequence(let items) = node.value else {
      rule.replies = reader.strings(node, "'reply'")
      return
    }
    for (place, item) in items.enumerated() {
      guard case .mapping = item.value else {
        if let text = reader.string(item, "'reply'") {
          rule.replies.append(Located(text, item.location))
        }
        continue
      }
      guard let fields = reader.fields(item, of: "a reply action", known: replyActionKeys)
      else { continue }
      var action = ReplyActionDefinition(place: place, location: item.location)
      action.redirect = fields["goto"].flatMap { node in
        reader.string(node, "'goto'").map { Located($0, node.location) }
      }
      action.rewrite = fields["pre"].flatMap { node in
        reader.string(node, "'pre'").map { Located($0, node.location) }
      }
      action.isNewKey = fields.bool("newkey") ?? false
      if action.isNewKey == (action.redirect != nil) || (action.rewrite != nil && action.isNewKey) {
        reader.report(
          .badValue, "a reply action is either 'goto' (with an optional 'pre') or 'newkey: true'",
          at: item.location)
        continue
      }
      rule.replyActions.append(action)
    }
  }

  static func readRule(_ node: SourceNode, _ reader: NodeReader) -> RuleDefinition? {
    guard let fields = reader.fields(node, of: "a rule", known: ruleKeys) else { return nil }
    var rule = RuleDefinition(id: fields.string("id"), location: node.location)
    if let match = fields["match"], let text = reader.string(match, "'match'") {
      rule.match = Located(text, match.location)
    }
    rule.rank = fields.int("rank") ?? 0
    rule.tags = fields.strings("tags")
    if let replies = fields["reply"] { readReplies(replies, into: &rule, reader) }
    rule.next = fields["next"].map { readNext($0, reader) } ?? []
    if let when = fields["when"], let text = reader.string(when, "'when'") {
      rule.condition = Located(text, when.location)
    }
    rule.assignments = fields["set"].map { readAssignments($0, reader) } ?? []
    rule.remember = fields.strings("remember")
    if let negation = fields["negation"] {
      if let policy = negation.scalar.flatMap(NegationPolicy.init(rawValue:)) {
        rule.negation = policy
      } else {
        reader.report(
          .badValue, "'negation' should be 'block', 'require' or 'ignore'", at: negation.location)
      }
    }
    rule.unless = fields.strings("unless")
    if let redirect = fields["goto"], let name = reader.string(redirect, "'goto'") {
      rule.redirect = Located(name, redirect.location)
    }
    if let rewrite = fields["pre"], let text = reader.string(rewrite, "'pre'") {
      rule.rewrite = Located(text, rewrite.location)
    }
    rule.isNewKey = fields.bool("newkey") ?? false
    if let area = fields["area"], let name = reader.string(area, "'area'") {
      rule.area = Located(name, area.location)
    }
    return rule
  }

  static func readNext(_ node: SourceNode, _ reader: NodeReader) -> [BranchDefinition] {
    if let name = node.scalar, !node.isNull {
      return [BranchDefinition(step: Located(name, node.location))]
    }
    return reader.list(node).compactMap { item in
      if let name = item.scalar { return BranchDefinition(step: Located(name, item.location)) }
      guard let fields = reader.fields(item, of: "a branch of 'next'", known: branchKeys),
        let step = fields.requiredString("step")
      else { return nil }
      let condition = fields["when"].flatMap { node in
        reader.string(node, "'when'").map { Located($0, node.location) }
      }
      return BranchDefinition(condition: condition, step: step)
    }
  }

  static func readAssignments(_ node: SourceNode, _ reader: NodeReader) -> [(
    name: String, value: String
  )] {
    guard case .mapping(let pairs) = node.value else {
      reader.report(.badValue, "'set' should map variable names to values", at: node.location)
      return []
    }
    return pairs.compactMap { key, value in
      guard let name = reader.string(key, "a variable name"), let text = value.scalar else {
        return nil
      }
      return (name, text)
    }
  }
}
