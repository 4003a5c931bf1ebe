import ArgumentParser
import CoachKit

extension MentorCoach {
  /// `graph`: the scenario's steps and branches, for authors.
  struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a scenario's steps and branches as a Graphviz or Mermaid graph.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case dot, mermaid
    }

    @Argument(help: "The scenario id.", completion: Completions.scenarioIDs) var scenario: String
    @Option(help: "dot or mermaid.") var format = Format.dot
    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library(for: self.scenario)
      let (scenario, _) = try library.scenario(self.scenario)
      Console.out(format == .dot ? scenario.dotGraph() : scenario.mermaidGraph())
    }
  }
}
