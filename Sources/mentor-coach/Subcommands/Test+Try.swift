import CoachKit
import Foundation

extension MentorCoach.Test {
  /// `test --try ANSWER [--step STEP] SCENARIO`: the reply each template of the rule that
  /// answers gives for a sample answer, and what each element of its pattern matched.
  func tryAnswer(_ sample: String, environment: AppEnvironment) throws {
    guard paths.count == 1, let target = paths.first else {
      throw Failure.input(
        "--try needs exactly one scenario, as an id or a file: mentor-coach test --try ANSWER [--step STEP] SCENARIO"
      )
    }
    let library: ScenarioLibrary
    if FileManager.default.fileExists(atPath: target) {
      library = try ScenarioLibrary.load(
        prompts: environment.promptsFolder, paths: [URL(fileURLWithPath: target)])
    } else {
      library = try environment.library(for: target)
    }
    let scenario: Scenario
    if let entry = library.entries.first, library.entries.count == 1 {
      guard let compiled = entry.scenario else {
        throw ScenarioLoadError(diagnostics: entry.diagnostics)
      }
      scenario = compiled
    } else {
      scenario = try library.scenario(target).0
    }
    let index = try scenario.answerStep(step, freeTextOnly: true)
    Console.out(Explanation(scenario: scenario, stepIndex: index, text: sample).tryText())
  }
}
