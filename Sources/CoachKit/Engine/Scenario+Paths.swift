extension Scenario {
  /// Every rule a step can use: its own, its keywords' decompositions and the scenario's.
  func rules(of step: Step) -> [Rule] {
    step.rules.flatMap { item -> [Rule] in
      switch item {
      case .plain(let rule): [rule]
      case .keyword(let index): keywords[index].rules
      }
    } + globalKeywords.flatMap { keywords[$0].rules }
  }

  /// The steps a step can lead to: its `next`, its rules', choices' and scale replies' `next`,
  /// and the following step when it names none.
  func successors(of index: Int) -> Set<Int> {
    let step = steps[index]
    var result = Set(step.next.map(\.step))
    if !step.isEnd && step.next.isEmpty && index + 1 < steps.count { result.insert(index + 1) }
    for rule in rules(of: step) { result.formUnion(rule.next.map(\.step)) }
    for choice in step.choices { result.formUnion(choice.next.map(\.step)) }
    for reply in step.scaleReplies { result.formUnion(reply.next.map(\.step)) }
    return result
  }
}
