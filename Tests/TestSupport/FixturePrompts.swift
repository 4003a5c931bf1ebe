public import CoachKit
public import Foundation

/// The small test prompts in `Tests/CoachKitTests/Fixtures/Prompts`, loaded with
/// `PromptsLoader`.
///
/// The folder is found from this file's `#filePath`, so it works from any test target.
public enum FixturePrompts {
  /// Why the fixture prompts could not be loaded.
  public struct LoadError: Error, CustomStringConvertible {
    /// Every diagnostic the loader reported.
    public var diagnostics: [Diagnostic]

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
  }

  /// The folder `Tests/CoachKitTests/Fixtures`.
  public static let fixturesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("CoachKitTests/Fixtures", isDirectory: true)

  /// The folder `Tests/CoachKitTests/Fixtures/Prompts`.
  public static let folder = fixturesFolder.appendingPathComponent("Prompts", isDirectory: true)

  private static let cached = Result { () throws(any Error) -> Prompts in try loadUncached() }

  /// The fixture prompts; throws a `LoadError` or a file error when they cannot be read.
  public static func load() throws -> Prompts { try cached.get() }

  private static func loadUncached() throws -> Prompts {
    func file(_ name: String) throws -> PromptsLoader.File {
      let url = folder.appendingPathComponent(name)
      return PromptsLoader.File(text: try String(contentsOf: url, encoding: .utf8), path: name)
    }
    let names = PromptsLoader.fileNames
    let (prompts, diagnostics) = PromptsLoader.load(
      voice: try file(names.voice), tags: try file(names.tags), themes: try file(names.themes),
      safety: try file(names.safety), helpLines: try file(names.helpLines))
    guard let prompts else { throw LoadError(diagnostics: diagnostics) }
    return prompts
  }
}
