import ArgumentParser
import CoachKit
import Foundation

extension MentorCoach {
  /// `test`: runs the conversation tests written beside scenarios.
  struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the conversation tests (ID.tests.yaml) beside scenarios.")

    @Argument(
      help: ArgumentHelp(
        "Test files or folders (default: every scenario folder).", valueName: "path"))
    var paths: [String] = []

    @Option(
      name: .customLong("try"),
      help: ArgumentHelp(
        "Print the replies a sample answer gets from the rule that answers it, in one scenario.",
        valueName: "answer"))
    var sample: String?

    @Option(
      help: ArgumentHelp(
        "The step for --try (default: the first free-text step).", valueName: "id"))
    var step: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      if let sample { return try tryAnswer(sample, environment: environment) }
      let targets =
        paths.isEmpty ? environment.scenarioFolders : paths.map { URL(fileURLWithPath: $0) }
      let library = try ScenarioLibrary.load(
        prompts: environment.promptsFolder,
        paths: environment.scenarioFolders + folders(of: targets))
      var passed = 0
      var failed = 0
      for url in try testFiles(in: targets) {
        let path = ScenarioLibrary.displayPath(url)
        let text = try ScenarioLibrary.readSource(url).mapError {
          ScenarioLoadError(diagnostics: [$0])
        }.get()
        let (file, diagnostics) = ConversationTestFile.load(text, path: path)
        DiagnosticPrinter.standard.print(diagnostics, sources: [path: text])
        guard let file, !diagnostics.hasErrors else {
          throw Failure.input("\(path) cannot be read")
        }
        let (scenario, entry) = try library.scenario(file.scenario.value)
        // Templates that can produce broken text are worth a look whenever the tests run.
        DiagnosticPrinter.standard.print(
          entry.diagnostics.filter { $0.code == .brokenReply }, sources: library.sources)
        let result = ConversationTestRunner.run(file, on: scenario)
        for warning in result.warnings { Console.error(warning.warningDescription) }
        for failure in result.failures { Console.error(failure.description) }
        passed += result.tests - result.failedTests
        failed += result.failedTests
        Console.out(
          "\(path): \(result.tests) tests, \(result.turns) turns, \(result.failedTests) failed")
      }
      Console.out("\(passed) passed, \(failed) failed")
      if failed > 0 { throw Failure.check("") }
    }

    private func folders(of targets: [URL]) -> [URL] {
      targets.map { url in
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        return exists && isFolder.boolValue ? url : url.deletingLastPathComponent()
      }
    }

    private func testFiles(in targets: [URL]) throws -> [URL] {
      var files: [URL] = []
      for url in targets {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
          throw Failure.input("cannot read \(url.path): no such file or folder")
        }
        if isFolder.boolValue {
          let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
          files += names.filter { $0.hasSuffix(".tests.yaml") }.sorted().map {
            url.appendingPathComponent($0)
          }
        } else {
          files.append(url)
        }
      }
      return files
    }
  }
}
