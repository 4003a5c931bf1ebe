import CoachKit
import Foundation
import TestSupport
import Testing

/// The repository's own `Scenarios/`, compiled with its `Prompts/` as the program compiles them.
enum BundledFiles {
  /// A bundled scenario by id.
  static func scenario(_ id: String) throws -> Scenario {
    let (loaded, promptDiagnostics) = try BundledPrompts.load()
    #expect(promptDiagnostics.filter { $0.severity == .error }.isEmpty)
    let path = "Scenarios/\(id).yaml"
    let (scenario, diagnostics) = ScenarioCompiler.compile(
      try BundledPrompts.text(path), path: path, prompts: try #require(loaded))
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    return try #require(scenario)
  }
}
