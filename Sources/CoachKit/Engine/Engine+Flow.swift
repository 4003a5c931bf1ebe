extension Engine {
  /// Moves to a step and returns its words, question, notes and timer; an ending finishes.
  mutating func enter(_ index: Int, depth: Int = 0) -> [Output] {
    core.step = index
    core.followUps = 0
    core.badAnswers = 0
    let step = scenario.steps[index]
    if step.isEnd {
      core.phase = .finished
      let text = ending(at: index)
      return notes(of: step) + [
        Output(.summary, text, step: step.id), Output(.ended, "", step: step.id),
      ]
    }
    core.phase = .asking
    if step.ask == .none && depth < scenario.steps.count {
      let said = introduce(index)
      return said + enter(nextStep(after: index, branches: []), depth: depth + 1)
    }
    state.entry = core
    return introduce(index)
  }

  /// A step's notes, words, timer and question, without changing state.
  func introduce(_ index: Int) -> [Output] {
    let step = scenario.steps[index]
    var outputs = notes(of: step)
    for paragraph in step.say {
      outputs.append(Output(.say, renderer.render(paragraph), step: step.id))
    }
    if let seconds = step.discussSeconds {
      outputs.append(Output(.discussion(seconds: seconds), "", step: step.id))
    }
    if let question = step.question, step.ask != .none {
      let kind = Question(kind: step.ask, choices: step.choices.map(\.label), scale: step.scale)
      outputs.append(Output(.question(kind), renderer.render(question), step: step.id))
    }
    return outputs
  }

  private func notes(of step: Step) -> [Output] {
    step.notes.map { Output(.facilitatorNote, $0, step: step.id) }
  }

  /// The step after `index`: the first branch whose condition holds, else the step's `next`,
  /// else the following step in the file.
  func nextStep(after index: Int, branches: [Branch]) -> Int {
    for branch in branches + scenario.steps[index].next
    where branch.condition?.holds(core.variables) ?? true {
      return branch.step
    }
    return min(index + 1, scenario.steps.count - 1)
  }

  /// Records the state from when the current question was asked, for `:back`, then moves on.
  ///
  /// Going back therefore undoes everything the answer did: tags, variables, memory, cursors.
  mutating func advance(to index: Int) -> [Output] {
    if let entry = state.entry { state.undo.append(entry) }
    core.path.append(core.step)
    return enter(index)
  }

  mutating func goBack() -> [Output] {
    guard let previous = state.undo.popLast() else {
      return [Output(.notice, voice.nothingToUndo, step: currentStep.id)] + currentPrompt()
    }
    core = previous
    state.entry = previous
    return [Output(.notice, voice.wentBack, step: currentStep.id)] + introduce(core.step)
  }

  mutating func skip() -> [Output] {
    let step = currentStep
    return [Output(.notice, voice.skipped, step: step.id)]
      + advance(to: nextStep(after: core.step, branches: []))
  }

  /// Counts the questions on the shortest path from a step to an ending.
  func remainingQuestions(from start: Int) -> Int {
    var distance: [Int: Int] = [start: scenario.steps[start].ask == .none ? 0 : 1]
    var queue = [start]
    var best = Int.max
    while !queue.isEmpty {
      let index = queue.removeFirst()
      let step = scenario.steps[index]
      let here = distance[index] ?? 0
      if step.isEnd {
        best = min(best, here)
        continue
      }
      let successors = scenario.successors(of: index)
      for next in successors.sorted() where distance[next] == nil {
        distance[next] = here + (scenario.steps[next].ask == .none ? 0 : 1)
        queue.append(next)
      }
    }
    return best == .max ? 1 : best
  }
}
