/// The order of a scenario's steps as the sessions walked them, for when its file is not at
/// hand: every session's steps in the order first reached, merged so that each step comes
/// after the steps sessions reached before it.
///
/// Two sessions that took different branches (A → B → D and A → C → D) give A, B, C, D: the
/// branch steps sit between the step that branched and the step where the paths meet, not
/// after the end. Where sessions disagree (a loop, or `:back`), the step seen first wins.
struct StepOrder: Sendable {
  private var firstSeen: [String] = []
  private var before: [String: Set<String>] = [:]

  /// Adds one session's steps, in the order it reached them (repeats are ignored).
  mutating func add(path: [String]) {
    var seen: Set<String> = []
    var previous: String?
    for step in path where seen.insert(step).inserted {
      if !firstSeen.contains(step) { firstSeen.append(step) }
      if let previous { before[step, default: []].insert(previous) }
      previous = step
    }
  }

  /// The steps: a step is placed once every step reached before it in some session is
  /// placed; among those ready, the one seen first goes first.
  var steps: [String] {
    var placed: [String] = []
    var done: Set<String> = []
    var remaining = firstSeen
    while !remaining.isEmpty {
      let ready =
        remaining.firstIndex { before[$0, default: []].isSubset(of: done) } ?? 0
      let step = remaining.remove(at: ready)
      placed.append(step)
      done.insert(step)
    }
    return placed
  }
}
