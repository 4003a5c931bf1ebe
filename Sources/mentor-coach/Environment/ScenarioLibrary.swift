import CoachKit
import Foundation

/// Scenario files on disk, loaded against the shared prompts.
struct ScenarioLibrary {
  /// One scenario file and what came of loading it.
  struct Entry {
    var path: String
    var text: String
    var scenario: Scenario?
    var diagnostics: [Diagnostic]
    var hash: String { SHA256.hex(Data(text.utf8)) }
  }

  var prompts: Prompts
  var entries: [Entry]
  /// The text of every file read, by display path, for printing source lines.
  var sources: [String: String]

  /// The usable scenarios, sorted by id.
  var scenarios: [Scenario] {
    entries.compactMap(\.scenario).sorted { $0.id < $1.id }
  }

  /// Loads the prompts, then every scenario file in the folders (or the given files).
  static func load(prompts folder: URL, paths: [URL]) throws -> ScenarioLibrary {
    var sources: [String: String] = [:]
    func file(_ name: String) throws -> PromptsLoader.File {
      let url = folder.appendingPathComponent(name)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw Failure.input("cannot read the prompts file \(url.path)")
      }
      let path = displayPath(url)
      sources[path] = text
      return PromptsLoader.File(text: text, path: path)
    }
    let names = PromptsLoader.fileNames
    // The shared replies are optional: a prompts folder from before them still loads.
    let hasReplies = FileManager.default.fileExists(
      atPath: folder.appendingPathComponent(names.replies).path)
    let (prompts, diagnostics) = try PromptsLoader.load(
      voice: file(names.voice), tags: file(names.tags), themes: file(names.themes),
      safety: file(names.safety), helpLines: file(names.helpLines),
      replies: hasReplies ? file(names.replies) : nil)
    guard let prompts else {
      DiagnosticPrinter.standard.print(diagnostics, sources: sources)
      throw Failure.input("the coach's prompts in \(folder.path) have errors")
    }
    var entries: [Entry] = []
    for url in try scenarioFiles(in: paths) {
      let path = displayPath(url)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw Failure.input("cannot read \(path): the file is missing or not UTF-8 text")
      }
      sources[path] = text
      let (scenario, found) = ScenarioCompiler.compile(text, path: path, prompts: prompts)
      entries.append(Entry(path: path, text: text, scenario: scenario, diagnostics: found))
    }
    return ScenarioLibrary(prompts: prompts, entries: entries, sources: sources)
  }

  /// The scenario with this id, or a failure that suggests the nearest.
  func scenario(_ id: String) throws -> (Scenario, Entry) {
    if let entry = entries.first(where: { $0.scenario?.id == id }), let scenario = entry.scenario {
      return (scenario, entry)
    }
    if let broken = entries.first(where: {
      URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent == id
    }) {
      throw ScenarioLoadError(diagnostics: broken.diagnostics)
    }
    let ids = scenarios.map(\.id)
    var message = "there is no scenario '\(id)'"
    let distance = Suggestion.editDistance
    if let near = ids.min(by: { distance($0, id) < distance($1, id) }), distance(near, id) <= 3 {
      message += "; did you mean '\(near)'?"
    }
    message += ids.isEmpty ? "" : " (available: \(ids.joined(separator: ", ")))"
    throw Failure.input(message)
  }

  /// Scenario files: given files as they are, folders' `*.yaml` files except `*.tests.yaml`.
  static func scenarioFiles(in paths: [URL]) throws -> [URL] {
    var files: [URL] = []
    for url in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
        throw Failure.input("cannot read \(url.path): no such file or folder")
      }
      if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        files += names.filter {
          ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.contains(".tests.")
        }
        .sorted().map { url.appendingPathComponent($0) }
      } else {
        files.append(url)
      }
    }
    return files
  }

  /// A path relative to the current folder when it is inside it, else absolute.
  static func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }
}
