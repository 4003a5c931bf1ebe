extension ScenarioChecks {
  /// `dead-end`: a step that is not an ending and has nowhere to go.
  func checkDeadEnds() {
    for (index, step) in scenario.steps.enumerated()
    where !step.isEnd && scenario.successors(of: index).isEmpty {
      reader.report(.deadEnd, message(step.id), at: step.location)
    }
  }
}

private func message(_ step: String) -> String {
  "step '\(step)' is the last step and has no 'next'; add 'next:' or 'end: true'"
}
