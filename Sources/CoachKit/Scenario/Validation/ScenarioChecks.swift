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
    checkLoopsWithNoWayToEnd()
    checkHiddenRules()
    checkUnmatchableScaleReplies()
    checkReportRoles()
    checkBrokenReplies()
  }
}
