import ArgumentParser
import Foundation
import Transcript

extension MentorCoach {
  /// `new`: writes a starter scenario and its tests file, which validate and pass as written.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a starter scenario ID.yaml and its tests ID.tests.yaml.")

    @Argument(help: "The new scenario's id: lower-case letters, digits and dashes.")
    var id: String

    @Option(
      help: ArgumentHelp("The folder to write in (default: the current one).", valueName: "dir"))
    var folder: String = "."

    @OptionGroup var common: CommonOptions

    func run() throws {
      guard !id.isEmpty,
        id.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" })
      else {
        throw Failure.input("the id '\(id)' should use only lower-case letters, digits and dashes")
      }
      let directory = URL(fileURLWithPath: folder)
      let scenario = directory.appendingPathComponent("\(id).yaml")
      let tests = directory.appendingPathComponent("\(id).tests.yaml")
      for url in [scenario, tests] where FileManager.default.fileExists(atPath: url.path) {
        throw Failure.input("\(url.path) already exists; nothing was written")
      }
      let environment = try common.environment()
      let schemas = environment.promptsLocation?.deletingLastPathComponent()
        .appendingPathComponent("schema")
      func line(_ name: String) -> String {
        guard let url = schemas?.appendingPathComponent(name),
          FileManager.default.fileExists(atPath: url.path)
        else { return "" }
        return "# yaml-language-server: $schema=\(url.standardizedFileURL.path)\n"
      }
      do {
        try PrivateFile.write(
          Data(StarterScenario.scenario(id: id, schema: line("scenario.schema.json")).utf8),
          to: scenario, replacing: false)
        try PrivateFile.write(
          Data(StarterScenario.tests(id: id, schema: line("tests.schema.json")).utf8), to: tests,
          replacing: false)
      } catch {
        throw Failure.input("cannot write in \(directory.path): \(error.localizedDescription)")
      }
      let shown = ScenarioLibrary.displayPath(scenario)
      let shownTests = ScenarioLibrary.displayPath(tests)
      Console.out(
        """
        Wrote \(shown) and \(shownTests).
        Check them with: mentor-coach validate \(shown)
        Run the tests:   mentor-coach test \(shownTests)
        """)
    }
  }
}
