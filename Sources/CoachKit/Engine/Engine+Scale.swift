extension Engine {
  mutating func answerScale(_ text: String, _ step: Step) -> [Output] {
    guard let scale = step.scale else { return [] }
    guard let value = Self.number(in: text), (scale.min...scale.max).contains(value) else {
      core.badAnswers += 1
      let record = AnswerRecord(step: step.id, input: text, kind: .scale, accepted: false)
      var retry = Voice.fill(
        voice.scaleRetry,
        ["min": "\(scale.min)", "max": "\(scale.max)", "low": scale.low, "high": scale.high])
      if core.badAnswers >= 3 { retry += "\n" + voice.scaleSkipOffer }
      return [Output(.answer(record), "", step: step.id), Output(.retry, retry, step: step.id)]
        + introduceQuestion(step)
    }
    core.ratings[step.id] = value
    core.variables["rating." + step.id] = String(value)
    let reply = step.scaleReplies.first { $0.range.contains(value) }
    count(reply?.tags ?? [])
    assign(reply?.assignments ?? [])
    let record = AnswerRecord(
      step: step.id, input: text, kind: .scale, value: value, rule: reply?.reference,
      tags: reply?.tags ?? [])
    var outputs = [Output(.answer(record), "", step: step.id)]
    if let reply, !reply.replies.isEmpty {
      let text = renderer.render(pick(reply.replies, key: reply.reference.id))
      outputs.append(Output(.reply, text, step: step.id, rule: reply.reference, tags: reply.tags))
    }
    return outputs + advance(to: nextStep(after: core.step, branches: reply?.next ?? []))
  }

  mutating func answerChoice(_ text: String, _ step: Step) -> [Output] {
    guard let index = Self.choice(in: text, labels: step.choices.map(\.label)) else {
      core.badAnswers += 1
      let record = AnswerRecord(step: step.id, input: text, kind: .choice, accepted: false)
      let retry = Voice.fill(voice.choiceRetry, ["count": "\(step.choices.count)"])
      return [Output(.answer(record), "", step: step.id), Output(.retry, retry, step: step.id)]
        + introduceQuestion(step)
    }
    let choice = step.choices[index]
    core.choices[step.id] = choice.label
    core.variables["choice." + step.id] = choice.label
    count(choice.tags)
    assign(choice.assignments)
    let record = AnswerRecord(
      step: step.id, input: text, kind: .choice, value: index + 1, tags: choice.tags)
    return [Output(.answer(record), "", step: step.id)]
      + advance(to: nextStep(after: core.step, branches: choice.next))
  }

  private func introduceQuestion(_ step: Step) -> [Output] {
    introduce(core.step).filter { if case .question = $0.kind { true } else { false } }
  }

  /// A whole number in an answer: digits ("5", "5/7", "5 out of 7") or a word ("five").
  static func number(in text: String) -> Int? {
    let trimmed = text.trimmingSpaces.lowercased()
    let words = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    if let index = words.firstIndex(of: trimmed) { return index }
    let sign = trimmed.hasPrefix("-") ? "-" : ""
    let digits = trimmed.dropFirst(sign.count).prefix { $0.isNumber }
    guard !digits.isEmpty, let value = Int(sign + digits) else { return nil }
    let rest = String(trimmed.dropFirst(sign.count + digits.count)).trimmingSpaces
    let allowed = rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("out of") || rest == "."
    return allowed ? value : nil
  }

  /// The 0-based index of a choice: its number, or its label (whole, or a unique start).
  static func choice(in text: String, labels: [String]) -> Int? {
    let trimmed = text.trimmingSpaces.lowercased()
    guard !trimmed.isEmpty else { return nil }
    if let number = Int(trimmed.trimmingCharacters(in: ".)")) {
      return (1...labels.count).contains(number) ? number - 1 : nil
    }
    let lowered = labels.map { $0.lowercased() }
    if let exact = lowered.firstIndex(of: trimmed) { return exact }
    let starts = lowered.indices.filter { lowered[$0].hasPrefix(trimmed) }
    return starts.count == 1 ? starts[0] : nil
  }
}

extension String {
  fileprivate func trimmingCharacters(in characters: String) -> String {
    var text = Substring(self)
    while let last = text.last, characters.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
