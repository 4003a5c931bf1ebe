import ArgumentParser
import CoachKit
import Foundation

extension MentorCoach {
  /// `explain`: how a step reads a piece of text, without recording anything.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show which rule answers TEXT at a step, with which tags, and why.")

    @Argument(help: "The scenario id.", completion: Completions.scenarioIDs) var scenario: String
    @Argument(help: "The text to explain.") var text: [String]
    @Option(help: ArgumentHelp("The step (default: the first free-text step).", valueName: "id"))
    var step: String?
    @Flag(help: "Print one JSON object.") var json = false
    @Flag(help: "List every rule considered, in order, with what came of it.") var trace = false
    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library(for: self.scenario)
      let (scenario, _) = try library.scenario(self.scenario)
      let index = try scenario.answerStep(step, freeTextOnly: false)
      let explanation = Explanation(
        scenario: scenario, stepIndex: index, text: text.joined(separator: " "))
      Console.out(json ? explanation.json() : explanation.text(trace: trace))
    }
  }
}
