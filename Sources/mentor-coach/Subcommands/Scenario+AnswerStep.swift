import CoachKit

extension Scenario {
  /// The step at which `explain` and `test --try` read an answer: the step `id` names, else
  /// the first free-text step; an input failure listing the steps that could be meant.
  ///
  /// With `freeTextOnly`, only a free-text step can be named.
  func answerStep(_ id: String?, freeTextOnly: Bool) throws -> Int {
    guard let id else {
      guard let first = steps.firstIndex(where: { $0.ask == .text }) else {
        throw Failure.input("scenario '\(self.id)' has no free-text step")
      }
      return first
    }
    let candidates = freeTextOnly ? steps.filter { $0.ask == .text } : steps
    guard let found = stepIndex(id), candidates.contains(where: { $0.id == id }) else {
      let kind = freeTextOnly ? "free-text step" : "step"
      throw Failure.input(
        "scenario '\(self.id)' has no \(kind) '\(id)' (\(kind)s: \(candidates.map(\.id).joined(separator: ", ")))"
      )
    }
    return found
  }
}
