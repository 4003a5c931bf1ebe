import CoachKit
import Foundation
import Transcript

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

  /// When the theme rules and the safety nets of the prompts are compiled.
  enum RulesTiming {
    /// Before anything else, with the rest of the prompts; errors in them stop the load.
    case now
    /// On a thread started by the load: a session calls ``Prompts/prepare()`` before it reads
    /// the first answer, which waits for them and reports their errors.
    case inBackground
    /// Only if something uses them (`list` never does).
    case whenUsed
  }

  /// Loads the prompts, then every scenario file in the folders (or the given files).
  ///
  /// The theme rules and the safety nets are needed to read answers, not to compile scenarios
  /// or ask the first question: `rules` says when they are compiled.
  static func load(prompts folder: URL, paths: [URL], rules: RulesTiming = .now) throws
    -> ScenarioLibrary
  {
    var sources: [String: String] = [:]
    func file(_ name: String) throws -> PromptsLoader.File {
      let url = folder.appendingPathComponent(name)
      let text: String
      switch readSource(url) {
      case .success(let read): text = read
      case .failure(let problem):
        throw Failure.input("cannot read the prompts file \(url.path): \(problem.message)")
      }
      let path = displayPath(url)
      sources[path] = text
      return PromptsLoader.File(text: text, path: path)
    }
    let names = PromptsLoader.fileNames
    // The shared replies are optional: a prompts folder from before them still loads.
    let hasReplies = FileManager.default.fileExists(
      atPath: folder.appendingPathComponent(names.replies).path)
    let load =
      rules != .now
      ? PromptsLoader.loadDeferringRules(
        voice:tags:themes:safety:helpLines:replies:)
      : PromptsLoader.load(voice:tags:themes:safety:helpLines:replies:)
    let (prompts, diagnostics) = try load(
      file(names.voice), file(names.tags), file(names.themes), file(names.safety),
      file(names.helpLines), hasReplies ? file(names.replies) : nil)
    guard let prompts else {
      DiagnosticPrinter.standard.print(diagnostics, sources: sources)
      throw Failure.input("the coach's prompts in \(folder.path) have errors")
    }
    if rules == .inBackground { Thread.detachNewThread { _ = prompts.prepare() } }
    var entries: [Entry] = []
    let (files, unlisted) = try scenarioFiles(in: paths)
    for problem in unlisted {
      entries.append(
        Entry(path: problem.location.path, text: "", scenario: nil, diagnostics: [problem]))
    }
    for url in files {
      let path = displayPath(url)
      let text: String
      switch readSource(url) {
      case .success(let read): text = read
      case .failure(let problem):
        entries.append(Entry(path: path, text: "", scenario: nil, diagnostics: [problem]))
        continue
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

  /// Scenario files: given files as they are, folders' `*.yaml` files except `*.tests.yaml`;
  /// and an `unreadable-file` error for each folder that cannot be listed.
  ///
  /// A path that does not exist at all is a usage error; a link that loops is named as such.
  static func scenarioFiles(in paths: [URL]) throws -> (files: [URL], problems: [Diagnostic]) {
    var files: [URL] = []
    var problems: [Diagnostic] = []
    for url in paths {
      var status = stat()
      guard stat(url.path, &status) == 0 else {
        let reason =
          errno == ELOOP
          ? "a symbolic link loops back on itself" : String(cString: strerror(errno))
        throw Failure.input("cannot read \(url.path): \(reason)")
      }
      guard status.st_mode & S_IFMT == S_IFDIR else {
        files.append(url)
        continue
      }
      do {
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        files += names.filter {
          ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.contains(".tests.")
        }
        .sorted().map { url.appendingPathComponent($0) }
      } catch {
        let reason = access(url.path, R_OK) != 0 ? String(cString: strerror(errno)) : "\(error)"
        problems.append(
          Diagnostic(
            .error, .unreadableFile, "cannot list this folder: \(reason)",
            at: SourceLocation(path: displayPath(url), line: 1, column: 1)))
      }
    }
    return (files, problems)
  }

  /// Reads a YAML file through ``SafeFile`` (no links, regular files, at most
  /// ``SourceLimits/maximumBytes``); a failure is an `unreadable-file` error at the file, or at
  /// the first byte that is not UTF-8.
  static func readSource(_ url: URL) -> Result<String, Diagnostic> {
    let path = displayPath(url)
    let bytes: [UInt8]
    do {
      bytes = try SafeFile.read(url.path, limit: SourceLimits.maximumBytes)
    } catch {
      var reason = "\(error)"
      if case TranscriptError.cannotRead(_, let why) = error { reason = why }
      return .failure(
        Diagnostic(
          .error, .unreadableFile, "cannot read this file: \(reason)",
          at: SourceLocation(path: path, line: 1, column: 1)))
    }
    if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
    let (line, column) = SafeFile.firstInvalidByte(bytes)
    return .failure(
      Diagnostic(
        .error, .unreadableFile, "this byte is not UTF-8 text; save the file as UTF-8",
        at: SourceLocation(path: path, line: line, column: column)))
  }

  /// A path relative to the current folder when it is inside it, else absolute.
  static func displayPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }
}
