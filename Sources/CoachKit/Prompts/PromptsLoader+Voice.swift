extension PromptsLoader {
  static let voiceKeys = [
    "version", "home-intro", "home-prompt", "home-prompt-new", "home-prompt-several",
    "home-unknown", "help", "fallbacks",
    "scale-retry", "scale-skip-offer",
    "choice-retry",
    "empty-answer", "skipped", "went-back", "nothing-to-undo", "move-on", "note-saved", "quit",
    "unknown-command", "why-nothing", "why-safety", "why-theme", "why-rule", "why-open",
    "why-open-theme", "save-failed", "welcome-back", "room-label", "workshop-help",
    "group-not-here", "passed", "workshop-break", "workshop-group-set-aside",
    "workshop-rejoined", "workshop-everyone-on-break", "workshop-not-on-break", "workshop-thanks",
    "workshop-hidden-answer", "workshop-guidance-hint", "workshop-no-guidance", "timer-started",
    "timer-left", "time-up", "where",
    "summary-heading", "summary-edit-offer", "summary-edit-ask", "summary-edit-goal",
    "summary-edit-next-step", "follow-up-ask", "follow-up-more", "follow-up-thanks",
    "follow-up-skipped",
    "reflections", "contractions", "negators", "delimiters", "limit-replies",
  ]

  static func readVoice(_ node: SourceNode, _ reader: NodeReader) -> Voice? {
    guard let fields = reader.fields(node, of: "the voice file", known: voiceKeys) else {
      return nil
    }
    func text(_ key: String) -> String { fields.requiredString(key)?.value ?? "" }
    func table(_ key: String) -> [String: String] {
      guard let node = fields.required(key) else { return [:] }
      return ScenarioLoader.readAssignments(node, reader).reduce(into: [:]) {
        $0[$1.name.lowercased()] = $1.value
      }
    }
    let compiler = RuleCompiler(concepts: ConceptTable(), reader: reader)
    let fallbacks = fields.strings("fallbacks").compactMap {
      compiler.template($0, pattern: nil, allowCaptures: false)
    }
    if fallbacks.count < 2,
      let location = fields.keyLocations["fallbacks"] ?? Optional(node.location)
    {
      reader.report(
        .missingKey, "the voice file needs at least two 'fallbacks' so that none repeats",
        at: location)
    }
    let limitReplies = fields.strings("limit-replies").compactMap {
      compiler.template($0, pattern: nil, allowCaptures: false)
    }
    if let location = fields.keyLocations["limit-replies"], limitReplies.count != 4 {
      reader.report(
        .badValue, "'limit-replies' needs four replies, one for each value of DOCTOR's LIMIT",
        at: location)
    }
    let contractions = table("contractions")
    let delimiters = Set(fields.strings("delimiters").map { $0.value.lowercased() })
    let negators = Set(fields.strings("negators").map { $0.value.lowercased() } + ["not"])
    var voice = Voice(
      homeIntro: text("home-intro"), homePrompt: text("home-prompt"),
      homePromptNew: text("home-prompt-new"), homePromptSeveral: text("home-prompt-several"),
      homeUnknown: text("home-unknown"), help: text("help"),
      fallbacks: fallbacks,
      scaleRetry: text("scale-retry"), scaleSkipOffer: text("scale-skip-offer"),
      choiceRetry: text("choice-retry"), emptyAnswer: text("empty-answer"),
      skipped: text("skipped"),
      wentBack: text("went-back"), nothingToUndo: text("nothing-to-undo"), moveOn: text("move-on"),
      noteSaved: text("note-saved"), quit: text("quit"),
      unknownCommand: text("unknown-command"), whyNothing: text("why-nothing"),
      why: WhyWords(
        safety: text("why-safety"), theme: text("why-theme"), rule: text("why-rule"),
        open: text("why-open"), openTheme: text("why-open-theme")),
      saveFailed: text("save-failed"), welcomeBack: text("welcome-back"),
      roomLabel: text("room-label"), workshopHelp: text("workshop-help"),
      groupNotHere: text("group-not-here"), passed: text("passed"),
      workshop: WorkshopWords(
        onBreak: text("workshop-break"), groupSetAside: text("workshop-group-set-aside"),
        rejoined: text("workshop-rejoined"), everyoneOnBreak: text("workshop-everyone-on-break"),
        notOnBreak: text("workshop-not-on-break"), thanks: text("workshop-thanks"),
        hiddenAnswer: text("workshop-hidden-answer"),
        guidanceHint: text("workshop-guidance-hint"), noGuidance: text("workshop-no-guidance")),
      timerStarted: text("timer-started"), timerLeft: text("timer-left"), timeUp: text("time-up"),
      whereText: text("where"), summaryHeading: text("summary-heading"),
      summaryEditOffer: text("summary-edit-offer"), summaryEditAsk: text("summary-edit-ask"),
      summaryEditGoal: text("summary-edit-goal"),
      summaryEditNextStep: text("summary-edit-next-step"),
      followUp: FollowUpWords(
        ask: text("follow-up-ask"), more: text("follow-up-more"), thanks: text("follow-up-thanks"),
        skipped: text("follow-up-skipped")),
      tagNames: [:],
      reflector: Reflector(table: table("reflections")),
      normalizer: Normalizer(
        contractions: contractions,
        delimiters: delimiters.isEmpty ? [",", ".", ";", "!", "?", "but"] : delimiters),
      negation: NegationScope(negators: negators))
    voice.limitReplies = limitReplies
    return voice
  }
}
