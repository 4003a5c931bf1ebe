/// The checks that need the whole compiled scenario: the step graph and rule order.
///
/// Each check lives in its own file, named after the code it reports.
struct ScenarioChecks {
  let scenario: Scenario
  let document: ScenarioDocument
  let reader: NodeReader

  func run() {
    checkUnreachableSteps()
    checkDeadEnds()
    checkHiddenRules()
    checkUnmatchableScaleReplies()
  }

  /// The steps a step can lead to.
  func successors(of index: Int) -> Set<Int> {
    let step = scenario.steps[index]
    var result = Set(step.next.map(\.step))
    let implicit =
      step.isEnd
      ? nil : (step.next.isEmpty ? (index + 1 < scenario.steps.count ? index + 1 : nil) : nil)
    if let implicit { result.insert(implicit) }
    for rule in rules(of: step) { result.formUnion(rule.next.map(\.step)) }
    for choice in step.choices { result.formUnion(choice.next.map(\.step)) }
    for reply in step.scaleReplies { result.formUnion(reply.next.map(\.step)) }
    return result
  }

  /// Every rule a step can use: its own and its keywords' decompositions.
  func rules(of step: Step) -> [Rule] {
    step.rules.flatMap { item -> [Rule] in
      switch item {
      case .plain(let rule): [rule]
      case .keyword(let index): scenario.keywords[index].rules
      }
    } + scenario.globalKeywords.flatMap { scenario.keywords[$0].rules }
  }
}
