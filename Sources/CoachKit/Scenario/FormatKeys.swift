/// Every key the scenario and tests formats accept, by the place it is written.
///
/// The loaders read these lists; a test compares each with its key table in
/// docs/scenario-format.md (the table after `<!-- keys: NAME -->`), so that no key goes
/// undocumented.
public enum FormatKeys {
  /// Each place keys are written, by the name its docs table is marked with, and its keys.
  public static let all: [(place: String, keys: [String])] = [
    ("scenario", ScenarioLoader.scenarioKeys), ("step", ScenarioLoader.stepKeys),
    ("rule", ScenarioLoader.ruleKeys), ("keyword", ScenarioLoader.keywordKeys),
    ("reply-action", ScenarioLoader.replyActionKeys), ("memory", ScenarioLoader.memoryKeys),
    ("choice", ScenarioLoader.choiceKeys), ("scale", ScenarioLoader.scaleKeys),
    ("scale-reply", ScenarioLoader.scaleReplyKeys), ("branch", ScenarioLoader.branchKeys),
    ("report", ScenarioLoader.reportKeys), ("tests-file", ConversationTestFile.fileKeys),
    ("test", ConversationTestFile.testKeys), ("turn", ConversationTestFile.turnKeys),
  ]
}
