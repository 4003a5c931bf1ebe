public import CoachKit
public import Foundation

/// The project's own `Prompts/` folder and files, found from this file's `#filePath`.
public enum BundledPrompts {
  /// The repository root: `Tests/TestSupport/<this file>`, three folders up.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The text of a file of the repository, by its path from the root.
  public static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Loads `Prompts/`; returns the prompts (nil on errors) and every diagnostic.
  public static func load() throws -> (Prompts?, [Diagnostic]) {
    func file(_ name: String) throws -> PromptsLoader.File {
      PromptsLoader.File(text: try text("Prompts/\(name)"), path: "Prompts/\(name)")
    }
    let names = PromptsLoader.fileNames
    return PromptsLoader.load(
      voice: try file(names.voice), tags: try file(names.tags), themes: try file(names.themes),
      safety: try file(names.safety), helpLines: try file(names.helpLines))
  }
}
