import ArgumentParser
import Foundation

/// Options every command takes: where scenarios and data live, and colour.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .customLong("scenarios"),
    help: ArgumentHelp("A folder of more scenarios (repeatable).", valueName: "dir"))
  var scenarioFolders: [String] = []

  @Option(help: ArgumentHelp("The data folder for transcripts and history.", valueName: "dir"))
  var home: String?

  @Option(help: ArgumentHelp("The folder of the coach's shared prompts.", valueName: "dir"))
  var prompts: String?

  @Flag(help: "Print no colour (also set by NO_COLOR).")
  var noColor = false

  func environment() throws -> AppEnvironment {
    try AppEnvironment(
      homeOption: home, scenarioOptions: scenarioFolders, promptsOption: prompts, noColor: noColor,
      variables: ProcessInfo.processInfo.environment)
  }
}
