extension Engine {
  mutating func answerScale(_ text: String, _ step: Step) -> [Output] {
    guard let scale = step.scale else { return [] }
    guard let value = Self.number(in: text, scale: scale), (scale.min...scale.max).contains(value)
    else {
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
      var retry = Voice.fill(voice.choiceRetry, ["count": "\(step.choices.count)"])
      if core.badAnswers >= 3 { retry += "\n" + voice.scaleSkipOffer }
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

  /// The one number an answer gives at a scale, as people type it ("propably a 4", "4 still",
  /// "5/7"); nil when it gives none, or two different ones ("3 or 4").
  static func number(in text: String, scale: Scale?) -> Int? {
    let numbers = NumberReader(maximum: scale?.max).numbers(in: text)
    guard let first = numbers.first, numbers.allSatisfy({ $0 == first }) else { return nil }
    return first
  }

  /// The 0-based index of the one choice an answer names: by number, place or words.
  static func choice(in text: String, labels: [String]) -> Int? {
    if case .choice(let index) = ChoiceReader(labels: labels).read(text) { return index }
    return nil
  }
}
