extension ScenarioChecks {
  /// `no-way-to-end` (a warning): steps the start reaches that lead only to one another, never
  /// to an ending, so a session that gets there can never finish.
  ///
  /// A warning, not an error: the person can always leave with `:quit`, nothing is lost, and a
  /// loop is how a drill or an engine test keeps asking one question.
  ///
  /// Reported once per such loop, at its first step in the file. Steps that lead only into a
  /// `dead-end` are left to that check, and a scenario with no ending at all to `no-ending`:
  /// each names the cause.
  func checkLoopsWithNoWayToEnd() {
    let count = scenario.steps.count
    let successors = (0..<count).map { scenario.successors(of: $0) }
    let reached = reach(from: [scenario.startIndex], successors)
    var predecessors = [[Int]](repeating: [], count: count)
    for (index, nexts) in successors.enumerated() {
      for next in nexts { predecessors[next].append(index) }
    }
    let ends = scenario.steps.indices.filter { scenario.steps[$0].isEnd }
    guard !ends.isEmpty else { return }  // `no-ending` says so, once.
    let finishing = reach(from: ends, predecessors.map(Set.init))
    let trapped = reached.subtracting(finishing)
    var reported: Set<Int> = []
    for index in trapped.sorted() where !reported.contains(index) {
      let ahead = reach(from: Array(successors[index]), successors)
      guard ahead.contains(index) else { continue }
      let loop = ahead.filter { reach(from: Array(successors[$0]), successors).contains(index) }
        .union([index])
      reported.formUnion(loop)
      let ids = loop.sorted().map { scenario.steps[$0].id }
      reader.report(
        .noWayToEnd, message(ids), at: scenario.steps[index].location, severity: .warning)
    }
  }

  /// Every step reachable from `starts` (themselves included) along `edges`.
  private func reach(from starts: [Int], _ edges: [Set<Int>]) -> Set<Int> {
    var seen = Set(starts)
    var queue = starts
    while let index = queue.popLast() {
      for next in edges[index] where seen.insert(next).inserted { queue.append(next) }
    }
    return seen
  }
}

private func message(_ ids: [String]) -> String {
  let quoted = ids.map { "'\($0)'" }
  let steps =
    quoted.count == 1
    ? "step \(quoted[0]) leads only back to itself"
    : "steps \(quoted.dropLast().joined(separator: ", ")) and \(quoted.last ?? "") lead only to one another"
  return
    "\(steps), never to a step with 'end: true', so a session there can never finish; give one of them a 'next' towards an ending"
}
