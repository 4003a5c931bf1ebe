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

  /// Why the bundled prompts could not be loaded.
  public struct LoadError: Error, CustomStringConvertible {
    /// Every diagnostic the loader reported.
    public var diagnostics: [Diagnostic]

    /// The diagnostics, one per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
  }

  private static let cached = Result { () throws(any Error) -> Prompts in
    let (prompts, diagnostics) = try load()
    guard let prompts else { throw LoadError(diagnostics: diagnostics) }
    return prompts
  }

  /// The bundled prompts, loaded once; throws a `LoadError` when they have errors.
  public static func prompts() throws -> Prompts { try cached.get() }

  /// Loads `Prompts/`; returns the prompts (nil on errors) and every diagnostic.
  public static func load() throws -> (Prompts?, [Diagnostic]) {
    try PromptsLoader.load { name in
      PromptsLoader.File(text: try text("Prompts/\(name)"), path: "Prompts/\(name)")
    }
  }
}
