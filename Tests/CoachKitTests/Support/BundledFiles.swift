import CoachKit
import Foundation
import Testing

/// The repository's own `Prompts/` and `Scenarios/`, compiled as the program compiles them.
enum BundledFiles {
  /// The repository root: `Tests/CoachKitTests/Support/<this file>`, three folders up.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A file of the repository as text.
  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// The bundled prompts.
  static func prompts() throws -> Prompts {
    func file(_ name: String) throws -> PromptsLoader.File {
      PromptsLoader.File(text: try text("Prompts/\(name)"), path: "Prompts/\(name)")
    }
    let names = PromptsLoader.fileNames
    let (prompts, diagnostics) = PromptsLoader.load(
      voice: try file(names.voice), themes: try file(names.themes),
      safety: try file(names.safety), helpLines: try file(names.helpLines))
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    return try #require(prompts)
  }

  /// A bundled scenario by id, compiled with the bundled prompts.
  static func scenario(_ id: String) throws -> Scenario {
    let path = "Scenarios/\(id).yaml"
    let (scenario, diagnostics) = ScenarioCompiler.compile(
      try text(path), path: path, prompts: try prompts())
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    return try #require(scenario)
  }
}
