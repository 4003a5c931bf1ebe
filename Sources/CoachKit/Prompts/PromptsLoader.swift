/// Reads the five files of `Prompts/` into `Prompts`, collecting every problem.
public enum PromptsLoader {
  /// One prompts file: its text and the path to show in diagnostics.
  public struct File: Sendable {
    /// The file's contents.
    public var text: String
    /// The path shown in diagnostics.
    public var path: String

    /// Creates a file value.
    public init(text: String, path: String) {
      self.text = text
      self.path = path
    }
  }

  /// The names of the files, relative to the prompts folder.
  public static let fileNames = (
    voice: "voice.yaml", tags: "tags.yaml", themes: "themes.yaml", safety: "safety.yaml",
    helpLines: "help-lines.yaml", replies: "replies.yaml"
  )

  /// Loads the prompts, the theme rules and the safety nets among them.
  ///
  /// `replies` (`replies.yaml`) is optional: without it no shared tag replies or paraphrase are
  /// given, and answers no rule replies to get a fallback question.
  ///
  /// - Returns: the prompts (nil when there are errors) and every diagnostic.
  public static func load(
    voice: File, tags: File, themes: File, safety: File, helpLines: File, replies: File? = nil
  ) -> (Prompts?, [Diagnostic]) {
    let (prompts, diagnostics) = loadDeferringRules(
      voice: voice, tags: tags, themes: themes, safety: safety, helpLines: helpLines,
      replies: replies)
    guard let prompts else { return (nil, diagnostics) }
    let all = diagnostics + prompts.prepare()
    return (all.hasErrors ? nil : prompts, all)
  }

  /// Loads the prompts from every file of ``fileNames``, each given by `file` for its name.
  ///
  /// For programs that read a whole prompts folder as it is (tests, benchmarks, the fuzzing
  /// harness); CoachKit itself reads no files.
  public static func load(reading file: (String) throws -> File) rethrows
    -> (Prompts?, [Diagnostic])
  {
    let names = fileNames
    return load(
      voice: try file(names.voice), tags: try file(names.tags), themes: try file(names.themes),
      safety: try file(names.safety), helpLines: try file(names.helpLines),
      replies: try file(names.replies))
  }

  /// Loads what a scenario needs to compile and ask its first question.
  ///
  /// That is the voice, the tags, the help lines, the shared replies and the shared concepts.
  /// The theme rules and the safety nets are compiled by ``Prompts/prepare()``, whose
  /// diagnostics must be checked before the first answer is read.
  ///
  /// - Returns: the prompts (nil when these parts have errors) and their diagnostics.
  public static func loadDeferringRules(
    voice: File, tags: File, themes: File, safety: File, helpLines: File, replies: File? = nil
  ) -> (Prompts?, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    func root(_ file: File) -> SourceNode? {
      switch SourceNode.parse(file.text, path: file.path) {
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
        return nil
      case .success(let node): return node
      }
    }
    let reader = NodeReader()
    let voiceValue = root(voice).flatMap { readVoice($0, reader) }
    let lines = root(helpLines).flatMap { readHelpLines($0, reader) }
    let contractions = voiceValue?.normalizer.contractions ?? [:]
    let catalogue = root(tags).flatMap { readTags($0, reader) }
    var themeTable = ConceptTable()
    var themeRules: SourceNode?
    if let node = root(themes),
      let fields = reader.fields(
        node, of: "the themes file", known: ["version", "concepts", "rules"])
    {
      let definitions = fields["concepts"].map { ScenarioLoader.readConcepts($0, reader) } ?? []
      themeTable = RuleCompiler.concepts(definitions, contractions: contractions, reader: reader)
      themeRules = fields["rules"]
    }
    let replyDefaults = replies.flatMap { file in
      root(file).flatMap { readReplies($0, catalogue ?? ThemeCatalogue(), reader) }
    }
    diagnostics += reader.diagnostics
    guard var voiceValue, let lines, let catalogue, !diagnostics.hasErrors else {
      return (nil, diagnostics)
    }
    voiceValue.tagNames = catalogue.names
    let (table, ruleNodes) = (themeTable, themeRules)
    let rules = PromptsRules {
      compileRules(
        themes: ruleNodes, concepts: table, catalogue: catalogue, safety: safety,
        contractions: contractions)
    }
    var prompts = Prompts(
      voice: voiceValue, themes: catalogue, helpLines: lines, rules: rules)
    prompts.themeConceptTable = themeTable
    prompts.replies = replyDefaults ?? ReplyDefaults()
    return (prompts, diagnostics)
  }

  /// The theme rules and the safety nets: the slow part of the prompts.
  static func compileRules(
    themes: SourceNode?, concepts: ConceptTable, catalogue: ThemeCatalogue, safety: File,
    contractions: [String: String]
  ) -> PromptsRules.Compiled {
    let reader = NodeReader()
    var compiler = RuleCompiler(concepts: concepts, reader: reader)
    compiler.contractions = contractions
    compiler.themes = catalogue
    let themeRules = readRules(themes, compiler, prefix: "theme")
    let areaNames = catalogue.areaNames
    for rule in themeRules where rule.area.map({ !areaNames.contains($0) }) ?? true {
      reader.report(
        .badValue,
        "theme rule '\(rule.reference.id)' needs an 'area' of the tags file: \(areaNames.joined(separator: ", "))",
        at: rule.reference.location,
        notes: Suggestion.notes(for: rule.area ?? "", in: areaNames))
    }
    var diagnostics: [Diagnostic] = []
    var net: SafetyNet?
    switch SourceNode.parse(safety.text, path: safety.path) {
    case .failure(let diagnostic): diagnostics.append(diagnostic)
    case .success(let node?): net = readSafety(node, contractions, catalogue, reader)
    case .success(nil):
      reader.report(
        .missingKey, "the safety file is empty",
        at: SourceLocation(path: safety.path, line: 1, column: 1))
    }
    diagnostics += reader.diagnostics
    return PromptsRules.Compiled(
      themeRules: themeRules,
      themeFilters: PromptsRules.index(themeRules, areas: areaNames, concepts: concepts),
      safety: diagnostics.hasErrors ? nil : net, diagnostics: diagnostics)
  }

  static func readRules(_ node: SourceNode?, _ compiler: RuleCompiler, prefix: String) -> [Rule] {
    guard let node else { return [] }
    return compiler.reader.list(node).enumerated().compactMap { index, item in
      ScenarioLoader.readRule(item, compiler.reader).map {
        compiler.rule($0, id: "\(prefix)#\(index + 1)")
      }
    }
  }

  private static func readSafety(
    _ node: SourceNode, _ contractions: [String: String], _ catalogue: ThemeCatalogue,
    _ reader: NodeReader
  ) -> SafetyNet? {
    let known = [
      "version", "concepts", "rules", "reply", "pause-question", "pause-reply", "continue-reply",
      "workshop-guidance", "workshop-group-guidance", "other-at-risk",
    ]
    guard let fields = reader.fields(node, of: "the safety file", known: known) else { return nil }
    let otherAtRisk = fields["other-at-risk"].flatMap {
      readOtherAtRisk($0, contractions, catalogue, reader)
    }
    let compiler = netCompiler(fields["concepts"], contractions, catalogue, reader)
    let table = compiler.concepts
    let rules = readRules(fields["rules"], compiler, prefix: "safety")
    guard
      let reply = fields.requiredString("reply").flatMap({
        compiler.template($0, pattern: nil, allowCaptures: false)
      }),
      let pause = fields.requiredString("pause-question"),
      let pauseReply = fields.requiredString("pause-reply"),
      let continueReply = fields.requiredString("continue-reply"),
      let guidance = fields.requiredString("workshop-guidance"),
      let groupGuidance = fields.requiredString("workshop-group-guidance")
    else { return nil }
    var net = SafetyNet(
      concepts: table, rules: [], reply: reply, pauseQuestion: pause.value,
      pauseReply: pauseReply.value,
      continueReply: continueReply.value, workshopGuidance: guidance.value,
      workshopGroupGuidance: groupGuidance.value)
    net.rules = rules
    if let otherAtRisk { net.otherAtRisk = otherAtRisk }
    return net
  }

  /// A rule compiler for one of the safety file's nets, with that net's own concepts.
  private static func netCompiler(
    _ concepts: SourceNode?, _ contractions: [String: String], _ catalogue: ThemeCatalogue,
    _ reader: NodeReader
  ) -> RuleCompiler {
    let definitions = concepts.map { ScenarioLoader.readConcepts($0, reader) } ?? []
    var table = RuleCompiler.concepts(definitions, contractions: contractions, reader: reader)
    // The nets read words exactly as their authors wrote them: a stem would blur the tense and
    // person their vetoes tell apart ("I just wanted to disappear" is not "I want to").
    table.matchesStems = false
    var compiler = RuleCompiler(concepts: table, reader: reader)
    compiler.contractions = contractions
    compiler.requiresEffect = false
    compiler.themes = catalogue
    return compiler
  }

  /// The safety file's `other-at-risk` net: its concepts, rules and act-today reply.
  private static func readOtherAtRisk(
    _ node: SourceNode, _ contractions: [String: String], _ catalogue: ThemeCatalogue,
    _ reader: NodeReader
  ) -> OtherAtRiskNet? {
    guard
      let fields = reader.fields(
        node, of: "the safety file's other-at-risk net",
        known: ["concepts", "rules", "reply", "workshop-guidance"])
    else { return nil }
    let compiler = netCompiler(fields["concepts"], contractions, catalogue, reader)
    guard
      let reply = fields.requiredString("reply").flatMap({
        compiler.template($0, pattern: nil, allowCaptures: false)
      }),
      let guidance = fields.requiredString("workshop-guidance")
    else { return nil }
    var net = OtherAtRiskNet(
      concepts: compiler.concepts, reply: reply, workshopGuidance: guidance.value)
    net.rules = readRules(fields["rules"], compiler, prefix: "other-at-risk")
    return net
  }

  private static func readHelpLines(_ node: SourceNode, _ reader: NodeReader) -> HelpLines? {
    guard
      let fields = reader.fields(
        node, of: "the help-lines file", known: ["version", "updated", "local", "lines"])
    else {
      return nil
    }
    let lineKeys = ["region", "name", "contact", "source", "checked"]
    let lines = fields["lines"].map { reader.list($0) } ?? []
    return HelpLines(
      local: fields.requiredString("local")?.value ?? "",
      lines: lines.compactMap { item in
        guard let line = reader.fields(item, of: "a help line", known: lineKeys) else { return nil }
        return HelpLines.Line(
          region: line.string("region") ?? "", name: line.requiredString("name")?.value ?? "",
          contact: line.requiredString("contact")?.value ?? "", source: line.string("source") ?? "",
          checked: line.string("checked") ?? "")
      })
  }
}
