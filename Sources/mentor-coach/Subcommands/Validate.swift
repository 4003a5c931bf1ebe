import ArgumentParser
import CoachKit
import Foundation

extension MentorCoach {
  /// `validate`: checks scenario files and prints every problem with its location.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check scenario files; every problem is printed as file:line:column.")

    @Argument(
      help: ArgumentHelp(
        "Scenario files or folders (default: every scenario folder).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let targets =
        paths.isEmpty ? environment.scenarioFolders : paths.map { URL(fileURLWithPath: $0) }
      let library = try ScenarioLibrary.load(prompts: environment.promptsFolder, paths: targets)
      let diagnostics = library.entries.flatMap { entry in
        entry.diagnostics + (entry.scenario.map(ScenarioCompiler.reportWarnings(for:)) ?? [])
      }
      DiagnosticPrinter.standard.print(diagnostics, sources: library.sources)
      var seen: [String: String] = [:]
      var duplicates = 0
      for entry in library.entries {
        guard let id = entry.scenario?.id else { continue }
        if let other = seen[id] {
          Console.error(
            "\(entry.path):1:1: error: the id '\(id)' is also used by \(other) [duplicate-id]")
          duplicates += 1
        }
        seen[id] = entry.path
      }
      let errors = diagnostics.filter { $0.severity == .error }.count + duplicates
      let warnings = diagnostics.count - errors + duplicates
      let files = library.entries.count
      Console.out(
        "\(files) scenario file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      )
      if errors > 0 { throw Failure.check("") }
    }
  }
}
