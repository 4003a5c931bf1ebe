extension Engine {
  mutating func answer(_ text: String) -> [Output] {
    let step = currentStep
    switch step.ask {
    case .text: return answerText(text, step)
    case .scale, .choice:
      // Words where a number or a choice was expected, even around a number ("4, but I want
      // to disappear"): the safety net still reads them.
      if text.contains(where: \.isLetter), let caught = safetyCheck(text, step) { return caught }
      return step.ask == .scale ? answerScale(text, step) : answerChoice(text, step)
    case .none: return advance(to: nextStep(after: core.step, branches: []))
    }
  }

  private mutating func answerText(_ text: String, _ step: Step) -> [Output] {
    if scenario.mode == .doctor, text.contains(where: { !$0.isWhitespace }) {
      core.limit = core.limit % 4 + 1
    }
    let reading = Interpreter(scenario: scenario, cursors: core.cursors).interpret(
      text, at: core.step, variables: core.variables)
    var outputs = answerText(text, step, reading)
    if let acknowledgement = reading.acknowledgement, outputs.count > 1 {
      // Said straight after the answer's record, before the reply or the fallback question.
      let words = renderer.render(
        pick(acknowledgement.replies, key: acknowledgement.reference.id))
      outputs.insert(
        Output(
          .acknowledgement, words, step: step.id, rule: acknowledgement.reference,
          tags: [acknowledgement.tag]), at: 1)
    }
    return outputs
  }

  private mutating func answerText(_ text: String, _ step: Step, _ reading: Interpretation)
    -> [Output]
  {
    guard text.contains(where: { !$0.isWhitespace }) else {
      let record = AnswerRecord(step: step.id, input: text, kind: .text, accepted: false)
      return [
        Output(.answer(record), "", step: step.id),
        Output(.retry, voice.emptyAnswer, step: step.id),
      ]
    }
    var record = AnswerRecord(
      step: step.id, input: text, kind: .text,
      rule: reading.winner?.rule.reference ?? reading.safetyRule ?? reading.otherAtRiskRule,
      tags: reading.tags, captures: reading.captures,
      isSafety: reading.safetyRule != nil || reading.otherAtRiskRule != nil)
    if reading.safetyRule != nil {
      core.phase = .safetyCheck
      let safety = scenario.prompts.safety
      return [
        Output(.answer(record), "", step: step.id),
        Output(
          .safety, renderer.render(safety.reply), step: step.id, rule: reading.safetyRule,
          tags: ["safety.crisis"]),
      ] + currentPrompt()
    }
    count(reading.tags)
    if let rule = reading.otherAtRiskRule {
      return [Output(.answer(record), "", step: step.id)] + otherAtRisk(rule, reading.tags, step)
    }
    keepForSummary(text, step: step.id, recognised: reading.winner != nil || !reading.tags.isEmpty)
    for key in reading.passedRotations { core.cursors[key, default: 0] += 1 }
    for laid in reading.memories {
      core.memory.append(renderer.render(laid.template, match: laid.match, pattern: laid.pattern))
    }
    if scenario.mode == .doctor, reading.winner == nil, let words = doctorNoReply(reading) {
      record.rule = nil
      core.followUps += 1
      return [
        Output(.answer(record), "", step: step.id),
        Output(.fallback, words, step: step.id, tags: reading.tags),
      ]
    }
    guard let winner = reading.winner else {
      if let (reply, reference) = tierReply(reading) {
        record.rule = reference
        return replied(reply, rule: reference, record: record, tags: reading.tags, branches: [])
      }
      record.rule = nil
      return [Output(.answer(record), "", step: step.id)] + noReply(step, tags: reading.tags)
    }
    let rule = winner.rule
    let reply = renderer.render(pickReply(of: rule), match: winner.match, pattern: rule.pattern)
    if !rule.remember.isEmpty {
      let memory = pick(rule.remember, key: "remember:" + rule.cursorKey)
      core.memory.append(renderer.render(memory, match: winner.match, pattern: rule.pattern))
    }
    assign(rule.assignments)
    return replied(
      reply, rule: rule.reference, record: record, tags: reading.tags, branches: rule.next)
  }

  /// The reply of the tiers below the rules: a theme reply, else a paraphrase; nil for neither.
  mutating func tierReply(_ reading: Interpretation) -> (String, RuleReference)? {
    if let tagReply = reading.tagReply {
      return (
        renderer.render(pick(tagReply.replies, key: tagReply.reference.id)), tagReply.reference
      )
    }
    let shared = scenario.prompts.replies
    guard let clause = reading.paraphrase, !shared.paraphrase.isEmpty else { return nil }
    let frame = pick(shared.paraphrase.map(Template.init(literal:)), key: "paraphrase").source
    let text = Voice.fill(frame, ["clause": clause])
    return (scenario.speaksInCapitals ? text.uppercased() : text, shared.paraphraseReference)
  }

  /// The answer's record and the reply, then the next step (or a follow-up on a looping step).
  private mutating func replied(
    _ reply: String, rule: RuleReference, record: AnswerRecord, tags: [String],
    branches: [Branch]
  ) -> [Output] {
    let step = currentStep
    var outputs = [
      Output(.answer(record), "", step: step.id),
      Output(.reply, reply, step: step.id, rule: rule, tags: tags),
    ]
    let next = nextStep(after: core.step, branches: branches)
    if next == core.step {
      core.followUps += 1
    } else {
      outputs += advance(to: next)
    }
    return outputs
  }

  /// Someone else at risk: the act-today guidance, then the step's question again.
  ///
  /// The session goes on, with no pause question.
  func otherAtRisk(_ rule: RuleReference, _ tags: [String], _ step: Step) -> [Output] {
    let guidance = renderer.render(scenario.prompts.safety.otherAtRisk.reply)
    return [Output(.safety, guidance, step: step.id, rule: rule, tags: tags)] + currentPrompt()
  }

  /// The safety net's reply and pause question when `text` is caught, else nil.
  ///
  /// For someone else at risk: the guidance and the question again.
  private mutating func safetyCheck(_ text: String, _ step: Step) -> [Output]? {
    let reading = Interpreter(scenario: scenario).interpret(
      text, at: core.step, variables: core.variables)
    if let rule = reading.otherAtRiskRule {
      count(reading.tags)
      let record = AnswerRecord(
        step: step.id, input: text, kind: step.ask, accepted: false, rule: rule,
        tags: reading.tags, isSafety: true)
      return [Output(.answer(record), "", step: step.id)] + otherAtRisk(rule, reading.tags, step)
    }
    guard let rule = reading.safetyRule else { return nil }
    core.phase = .safetyCheck
    let record = AnswerRecord(
      step: step.id, input: text, kind: step.ask, accepted: false, rule: rule,
      tags: ["safety.crisis"],
      isSafety: true)
    return [
      Output(.answer(record), "", step: step.id),
      Output(
        .safety, renderer.render(scenario.prompts.safety.reply), step: step.id, rule: rule,
        tags: ["safety.crisis"]),
    ] + currentPrompt()
  }

  /// Nothing replied: the oldest memory, else a fallback question (staying on the step once),
  /// else move on.
  private mutating func noReply(_ step: Step, tags: [String]) -> [Output] {
    let loops = nextStep(after: core.step, branches: []) == core.step
    // In doctor mode memory is recalled only as DOCTOR did (`doctorNoReply`).
    if scenario.mode != .doctor && !core.memory.isEmpty && (loops || core.followUps == 0) {
      core.followUps += 1
      return [Output(.fallback, core.memory.removeFirst(), step: step.id, tags: tags)]
    }
    if loops || core.followUps == 0 {
      core.followUps += 1
      return [Output(.fallback, fallback(for: step), step: step.id, tags: tags)]
    }
    let moveOn = Output(.notice, voice.moveOn, step: step.id)
    return [moveOn] + advance(to: nextStep(after: core.step, branches: []))
  }

  /// The step's next fallback in turn, never the same as the last one used.
  private mutating func fallback(for step: Step) -> String {
    let own = step.fallback
    var text = own.isEmpty ? "" : renderer.render(pick(own, key: "fallback:" + step.id))
    if text.isEmpty || text == core.lastFallback {
      text = renderer.render(pick(voice.fallbacks, key: "fallback:*"))
      if text == core.lastFallback {
        text = renderer.render(pick(voice.fallbacks, key: "fallback:*"))
      }
    }
    core.lastFallback = text
    return text
  }

  /// The replying rule's reply in turn; the interpreter has already passed any redirect or
  /// NEWKEY of its rotation, so the member in turn is a reply.
  ///
  /// A rotation of replies only starts where the session's variety puts it; one with a redirect
  /// or NEWKEY among its members (which the interpreter counts from the first member) and every
  /// rotation in `mode: doctor` start at the first, as DOCTOR's did.
  private mutating func pickReply(of rule: Rule) -> Template {
    let turn = core.cursors[rule.cursorKey, default: 0]
    core.cursors[rule.cursorKey] = turn + 1
    let start =
      rule.rotationActions.isEmpty && scenario.mode != .doctor
      ? variety.offset(for: rule.cursorKey, count: rule.rotationCount) : 0
    guard case .reply(let template) = rule.rotationMember(start + turn) else {
      preconditionFailure("the interpreter chose a rule whose turn is not a reply")
    }
    return template
  }

  /// `mode: doctor` when no rule replied: the oldest memory when no keyword was present and
  /// LIMIT is 4; a built-in message chosen by LIMIT when a keyword's decompositions all failed;
  /// else nil (the step's fallback, DOCTOR's NONE).
  private mutating func doctorNoReply(_ reading: Interpretation) -> String? {
    if reading.clauseIndex == nil, core.limit == 4, !core.memory.isEmpty {
      return core.memory.removeFirst()
    }
    let messages = voice.limitReplies
    guard reading.keywordFailed, messages.count == 4 else { return nil }
    return renderer.render(messages[core.limit - 1])
  }

  /// The next template of a list in turn, wrapping round, starting where the session's
  /// variety puts it.
  mutating func pick(_ templates: [Template], key: String) -> Template {
    guard !templates.isEmpty else { return Template(literal: "") }
    let index = core.cursors[key, default: 0]
    core.cursors[key] = index + 1
    return templates[(variety.offset(for: key, count: templates.count) + index) % templates.count]
  }

  mutating func count(_ tags: [String]) {
    for tag in tags {
      core.tagCounts[tag, default: 0] += 1
      core.variables["tag." + tag] = String(core.tagCounts[tag, default: 0])
    }
  }

  mutating func assign(_ assignments: [Assignment]) {
    for assignment in assignments { core.variables[assignment.name] = assignment.value }
  }

  mutating func handleSafetyDecision(_ text: String) -> [Output] {
    let step = currentStep
    let safety = scenario.prompts.safety
    if scenario.mode == .doctor { core.limit = core.limit % 4 + 1 }
    let reading = Interpreter(scenario: scenario, cursors: core.cursors).interpret(
      text, at: core.step, variables: core.variables)
    var record = AnswerRecord(
      step: step.id, input: text, kind: .choice, tags: reading.tags,
      isSafety: reading.safetyRule != nil)
    if reading.safetyRule != nil {
      return [
        Output(.answer(record), "", step: step.id),
        Output(
          .safety, renderer.render(safety.reply), step: step.id, rule: reading.safetyRule,
          tags: ["safety.crisis"]),
      ] + currentPrompt()
    }
    switch YesNo(text) {
    case .yes?:
      record.value = 1
      core.phase = .paused
      return [
        Output(.answer(record), "", step: step.id),
        Output(.notice, safety.pauseReply, step: step.id), Output(.paused, "", step: step.id),
      ]
    case .no?:
      record.value = 2
      core.phase = .asking
      return [
        Output(.answer(record), "", step: step.id),
        Output(.notice, safety.continueReply, step: step.id),
      ] + introduce(core.step)
    case nil:
      record.accepted = false
      return [Output(.answer(record), "", step: step.id)] + currentPrompt()
    }
  }
}

/// A yes or no in the mentor's words.
enum YesNo {
  case yes, no

  init?(_ text: String) {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    let yes: Set<String> = [
      "yes", "y", "yeah", "yep", "ok", "okay", "pause", "stop", "please", "sure",
    ]
    let no: Set<String> = ["no", "n", "nope", "continue", "carry", "go", "on", "keep", "nah"]
    guard let first = words.first else { return nil }
    if first == "1" || yes.contains(first) {
      self = .yes
    } else if first == "2" || no.contains(first) {
      self = .no
    } else {
      return nil
    }
  }
}
