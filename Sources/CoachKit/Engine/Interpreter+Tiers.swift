extension Interpreter {
  /// Chooses the tier that answers when none of the step's rules replied.
  ///
  /// In order: a reply written for a theme tag the answer carries (the step's own `tag-replies` first, in the order the
  /// tags were found, then the shared ones of `Prompts/replies.yaml`), else a reflective
  /// paraphrase of its main clause. Scan-mode scenarios (DOCTOR) keep to their own rules.
  /// Tags acknowledged before the reply are not answered again here, and an acknowledged
  /// answer is not paraphrased: the acknowledgement has already said it back.
  func chooseTier(_ result: inout Interpretation, _ text: String, step: Step) {
    let acknowledged = scenario.prompts.replies.acknowledgements
    let tags = result.tags.filter { !$0.hasPrefix("safety.") && acknowledged[$0] == nil }
    if let tag = tags.first(where: { step.tagReplies[$0] != nil }) {
      result.tagReply = step.tagReplies[tag]
      return
    }
    guard scenario.reflection == .reply else { return }
    let shared = scenario.prompts.replies
    if let tag = tags.first(where: { shared.tags[$0] != nil }) {
      result.tagReply = shared.tags[tag]
      return
    }
    guard !shared.paraphrase.isEmpty, result.acknowledgement == nil else { return }
    result.paraphrase = Paraphraser(reflector: scenario.reflector).paraphrase(
      voice.normalizer.tokens(text))
  }
}
