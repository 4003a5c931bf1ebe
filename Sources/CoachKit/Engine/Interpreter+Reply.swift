extension Interpreter {
  /// A rule or keyword present in the chosen clause, with how it ranks.
  private struct Candidate {
    enum Source {
      case plain(Rule, PatternMatch)
      case keyword(Int)
    }

    var source: Source
    var rank: Int
    var position: Int
    var order: Int
    var reference: RuleReference
  }

  private enum Resolution {
    case reply(Interpretation.Winner)
    case newKey
    case nothing
  }

  /// Chooses the replying rule, DOCTOR's way: the first clause with a rule present (in the
  /// reading order, where a clause that turns against the others comes first, unless a clause
  /// it moved ahead of holds a higher-ranked rule), then rank, then position in the answer,
  /// then order in the file; keywords try their patterns in order.
  func chooseReply(
    _ result: inout Interpretation, step: Step, filters: StepFilters, variables: [String: String]
  ) {
    var chosen: (index: Int, candidates: [Candidate])?
    for index in result.clauseOrder ?? Array(result.clauses.indices) {
      // Once a clause is chosen, only a clause it was moved ahead of can still take over.
      if let current = chosen, index > current.index { continue }
      // Keywords are found in the mentor's own words, as DOCTOR looked them up while scanning;
      // patterns then read the substituted clause.
      let found = self.candidates(
        in: readable(result.clauses[index]), original: result.clauses[index], clauseIndex: index,
        step: step, filters: filters, variables: variables, &result)
      guard let top = found.first else { continue }
      guard let current = chosen else {
        chosen = (index, found)
        if result.clauseOrder == nil { break }
        continue
      }
      let currentRank = current.candidates.first?.rank ?? 0
      if index < current.index && top.rank > currentRank { chosen = (index, found) }
    }
    guard let (index, candidates) = chosen else { return }
    let clause = readable(result.clauses[index])
    result.clauseIndex = index
    for candidate in candidates {
      let resolution: Resolution
      switch candidate.source {
      case .plain(let rule, let match):
        resolution = resolve(rule, match, clause, index, variables, depth: 0, &result)
      case .keyword(let keyword):
        resolution = resolve(keyword: keyword, clause, index, variables, depth: 0, &result)
      }
      switch resolution {
      case .reply(let winner):
        result.winner = winner
        return
      case .newKey: continue
      case .nothing:
        // DOCTOR: a keyword none of whose decompositions fits ends the search; the engine
        // says one of its built-in messages.
        if scenario.mode == .doctor {
          result.keywordFailed = true
          return
        }
      }
    }
  }

  /// A clause as the patterns read it: substituted first in scan mode.
  private func readable(_ clause: [Token]) -> [Token] {
    scenario.reflection == .scan ? scenario.reflector.substitute(clause) : clause
  }

  private func candidates(
    in clause: [Token], original: [Token], clauseIndex: Int, step: Step, filters: StepFilters,
    variables: [String: String], _ result: inout Interpretation
  ) -> [Candidate] {
    var candidates: [Candidate] = []
    for index in indices(filters.replyingFilter, filters.replying.count, clause) {
      let (order, rule) = filters.replying[index]
      let outcome = evaluate(rule, clause, concepts: scenario.concepts, variables: variables)
      result.trace.append(entry(.reply, rule, clauseIndex, outcome))
      if case .matched(let match) = outcome {
        let position = rule.pattern.map { match.firstSpecificIndex(in: $0) } ?? clause.count
        candidates.append(
          Candidate(
            source: .plain(rule, match), rank: rule.rank, position: position, order: order,
            reference: rule.reference))
      }
    }
    var order = 0
    for item in step.rules {
      order += 1
      if case .keyword(let index) = item, let candidate = keywordCandidate(index, original, order) {
        candidates.append(candidate)
      }
    }
    for index in scenario.globalKeywords {
      order += 1
      if let candidate = keywordCandidate(index, original, order) { candidates.append(candidate) }
    }
    if scenario.mode == .doctor { return Self.keystack(candidates) }
    return candidates.sorted { ($1.rank, $0.position, $0.order) < ($0.rank, $1.position, $1.order) }
  }

  /// DOCTOR's keystack: the rules present, in the order their words occur, each put on top
  /// when its rank is strictly higher than the top's, else at the bottom.
  private static func keystack(_ candidates: [Candidate]) -> [Candidate] {
    var stack: [Candidate] = []
    for candidate in candidates.sorted(by: { ($0.position, $0.order) < ($1.position, $1.order) }) {
      if let top = stack.first, candidate.rank <= top.rank {
        stack.append(candidate)
      } else {
        stack.insert(candidate, at: 0)
      }
    }
    return stack
  }

  private func keywordCandidate(_ index: Int, _ clause: [Token], _ order: Int) -> Candidate? {
    let keyword = scenario.keywords[index]
    guard let position = isPresent(keyword, in: clause) else { return nil }
    return Candidate(
      source: .keyword(index), rank: keyword.rank, position: position, order: order,
      reference: keyword.reference)
  }

  private func resolve(
    keyword index: Int, _ clause: [Token], _ clauseIndex: Int, _ variables: [String: String],
    depth: Int,
    _ result: inout Interpretation
  ) -> Resolution {
    layMemory(of: scenario.keywords[index], clause, &result)
    for rule in scenario.keywords[index].rules {
      let outcome = evaluate(rule, clause, concepts: scenario.concepts, variables: variables)
      result.trace.append(entry(.reply, rule, clauseIndex, outcome))
      guard case .matched(let match) = outcome else { continue }
      let resolution = resolve(rule, match, clause, clauseIndex, variables, depth: depth, &result)
      if case .nothing = resolution { continue }
      return resolution
    }
    return .nothing
  }

  /// What a matched rule does: reply, redirect (after an optional rewrite), or pass on.
  private func resolve(
    _ rule: Rule, _ match: PatternMatch, _ clause: [Token], _ clauseIndex: Int,
    _ variables: [String: String],
    depth: Int, _ result: inout Interpretation
  ) -> Resolution {
    if rule.isNewKey { return .newKey }
    if let target = rule.redirect {
      return redirect(
        to: target, rewrite: rule.rewrite, rule, match, clause, clauseIndex, variables,
        depth: depth, &result)
    }
    guard rule.rotationCount > 0 else { return .nothing }
    let winner = Resolution.reply(Interpretation.Winner(rule: rule, match: match))
    guard !rule.rotationActions.isEmpty else { return winner }
    // A redirect or NEWKEY can be one member of the rotation, as in DOCTOR: it is used in its
    // turn, and the rotation moves on past it as past a reply.
    let passed = result.passedRotations.filter { $0 == rule.cursorKey }.count
    guard
      case .action(let action) = rule.rotationMember(cursors[rule.cursorKey, default: 0] + passed)
    else { return winner }
    result.passedRotations.append(rule.cursorKey)
    switch action {
    case .newKey: return .newKey
    case .redirect(let target, let rewrite):
      return redirect(
        to: target, rewrite: rewrite, rule, match, clause, clauseIndex, variables, depth: depth,
        &result)
    }
  }

  /// Tries keyword `target` on the clause, first rewritten by `rewrite` when there is one.
  private func redirect(
    to target: Int, rewrite: Template?, _ rule: Rule, _ match: PatternMatch, _ clause: [Token],
    _ clauseIndex: Int, _ variables: [String: String], depth: Int,
    _ result: inout Interpretation
  ) -> Resolution {
    guard depth < 16 else { return .nothing }
    var tokens = clause
    if let rewrite {
      let text = TemplateRenderer(voice: voice, reflection: .scan, reflector: scenario.reflector)
        .render(rewrite, match: match, pattern: rule.pattern)
      tokens = voice.normalizer.tokens(text).filter { !$0.isDelimiter }
    }
    return resolve(keyword: target, tokens, clauseIndex, variables, depth: depth + 1, &result)
  }

  /// DOCTOR's MEMORY: when a keyword with memory transformations is tried, the one that the
  /// hash of the clause's last word chooses is laid down if its pattern matches.
  private func layMemory(of keyword: Keyword, _ clause: [Token], _ result: inout Interpretation) {
    guard !keyword.memory.isEmpty,
      let last = clause.last(where: { !$0.isDelimiter && !$0.surface.isEmpty })
    else { return }
    let choice = DoctorHash.choice(lastWord: last.surface, among: keyword.memory.count)
    let chosen = keyword.memory[choice]
    var match = PatternMatch(spans: [], tokens: clause, isNegated: false)
    if let pattern = chosen.pattern {
      guard let found = pattern.match(clause, concepts: scenario.concepts, negation: voice.negation)
      else { return }
      match = found
    }
    result.memories.append(
      Interpretation.LaidMemory(template: chosen.remember, match: match, pattern: chosen.pattern))
  }
}
