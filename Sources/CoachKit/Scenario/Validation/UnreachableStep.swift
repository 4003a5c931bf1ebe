extension ScenarioChecks {
  /// `unreachable-step`: a step no path from the start reaches.
  func checkUnreachableSteps() {
    var reached: Set<Int> = [scenario.startIndex]
    var queue = [scenario.startIndex]
    while let index = queue.popLast() {
      for next in scenario.successors(of: index) where reached.insert(next).inserted {
        queue.append(next)
      }
    }
    for (index, step) in scenario.steps.enumerated() where !reached.contains(index) {
      reader.report(
        .unreachableStep, message(step.id, scenario.steps[scenario.startIndex].id),
        at: step.location,
        severity: .warning)
    }
  }
}

private func message(_ step: String, _ start: String) -> String {
  "step '\(step)' can never be reached from '\(start)'"
}
