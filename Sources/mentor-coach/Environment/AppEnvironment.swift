import CoachKit
import Foundation
import LineEditor

/// Where things are and how to print: resolved once from options and environment variables.
struct AppEnvironment {
  /// The data folder: transcripts under `sessions/`.
  var home: URL
  /// The command history, which holds command names only: `$XDG_STATE_HOME/mentor-coach/history`
  /// (`~/.local/state/mentor-coach/history` by default), or `DIR/state/history` when the data
  /// folder was chosen with `--home` or `MENTOR_COACH_HOME`, so that such a folder (a test's,
  /// a workshop laptop's) keeps everything together.
  var historyFile: URL
  /// Folders searched for scenarios, bundled first.
  var scenarioFolders: [URL]
  /// The folder of the shared prompts, when one was found.
  var promptsLocation: URL?
  /// The folder of the shared prompts; a clear failure when there is none.
  var promptsFolder: URL {
    get throws {
      guard let promptsLocation else {
        throw Failure.input("cannot find the coach's Prompts folder; pass --prompts DIR")
      }
      return promptsLocation
    }
  }
  /// Whether to colour output.
  var useColor: Bool
  /// Whether standard input and output are a terminal.
  var isInteractive: Bool
  /// The environment variables.
  var variables: [String: String]

  init(
    homeOption: String?, scenarioOptions: [String], promptsOption: String?, noColor: Bool,
    variables: [String: String]
  ) throws {
    self.variables = variables
    home = Self.resolveHome(homeOption, variables)
    historyFile = Self.resolveHistory(homeOption, variables)
    Self.removeLegacyHistory(in: home)
    let resources = Self.resourceFolder()
    if let option = promptsOption ?? variables["MENTOR_COACH_PROMPTS"] {
      promptsLocation = URL(fileURLWithPath: option)
    } else {
      promptsLocation = resources?.appendingPathComponent("Prompts")
    }
    var folders: [URL] = []
    if let resources { folders.append(resources.appendingPathComponent("Scenarios")) }
    let extra =
      scenarioOptions
      + (variables["MENTOR_COACH_SCENARIOS"]?.split(separator: ":").map(String.init) ?? [])
    folders += extra.map { URL(fileURLWithPath: $0) }
    var seen: Set<String> = []
    scenarioFolders = folders.filter {
      seen.insert($0.standardizedFileURL.resolvingSymlinksInPath().path).inserted
    }
    isInteractive = Terminal.isInteractive()
    useColor =
      !noColor && variables["NO_COLOR"].map(\.isEmpty) ?? true && isInteractive
      && variables["TERM"] != "dumb"
  }

  var sessionsFolder: URL { home.appendingPathComponent("sessions") }

  private static func resolveHistory(_ option: String?, _ variables: [String: String]) -> URL {
    if let path = option ?? variables["MENTOR_COACH_HOME"], !path.isEmpty {
      return URL(fileURLWithPath: path).appendingPathComponent("state/history")
    }
    let state =
      variables["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? URL(fileURLWithPath: variables["HOME"] ?? NSHomeDirectory())
      .appendingPathComponent(".local/state")
    return state.appendingPathComponent("mentor-coach/history")
  }

  /// Deletes the history file that versions up to 0.1.0 kept in the data folder.
  ///
  /// It holds answers typed at scale and choice questions. `unlink` removes a link, never its
  /// target.
  private static func removeLegacyHistory(in home: URL) {
    for name in ["history", "history.tmp"] {
      unlink(home.appendingPathComponent(name).path)
    }
  }

  private static func resolveHome(_ option: String?, _ variables: [String: String]) -> URL {
    if let path = option ?? variables["MENTOR_COACH_HOME"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    if let data = variables["XDG_DATA_HOME"], !data.isEmpty {
      return URL(fileURLWithPath: data).appendingPathComponent("mentor-coach")
    }
    let user = variables["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: user).appendingPathComponent(".local/share/mentor-coach")
  }

  /// The folder holding `Prompts/` and `Scenarios/`: beside an installed binary
  /// (`../share/mentor-coach`), or the source tree a development build sits in.
  private static func resourceFolder() -> URL? {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    let installed = folder.deletingLastPathComponent().appendingPathComponent("share/mentor-coach")
    if hasPrompts(installed) { return installed }
    for _ in 0..<8 {
      if hasPrompts(folder) { return folder }
      folder = folder.deletingLastPathComponent()
    }
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return hasPrompts(current) ? current : nil
  }

  private static func hasPrompts(_ folder: URL) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent("Prompts/voice.yaml").path)
  }
}

extension AppEnvironment {
  /// The prompts and every scenario of the scenario folders.
  func library(rules: ScenarioLibrary.RulesTiming = .now) throws -> ScenarioLibrary {
    try ScenarioLibrary.load(prompts: promptsFolder, paths: scenarioFolders, rules: rules)
  }

  /// The prompts and the scenario with this id: only its file `ID.yaml` when there is one
  /// whose id matches (so a session starts without reading every scenario), else all.
  ///
  /// `rules` says when the theme rules and the safety nets are compiled (see
  /// ``ScenarioLibrary/RulesTiming``).
  func library(for id: String, rules: ScenarioLibrary.RulesTiming = .now) throws
    -> ScenarioLibrary
  {
    let candidates = scenarioFolders.map { $0.appendingPathComponent(id + ".yaml") }
      .filter { FileManager.default.fileExists(atPath: $0.path) }
    if candidates.count == 1 {
      let library = try ScenarioLibrary.load(
        prompts: promptsFolder, paths: candidates, rules: rules)
      if library.entries.first?.scenario?.id == id { return library }
    }
    return try library(rules: rules)
  }
}
