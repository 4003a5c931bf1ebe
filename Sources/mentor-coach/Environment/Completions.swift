import ArgumentParser
import Foundation

/// Shell completion of scenario ids and session ids.
///
/// The scripts that `--generate-completion-script` prints call these with the words typed so
/// far, so `--home`, `--scenarios` and `--from` on the line are honoured as when run.
enum Completions {
  /// The ids of the scenario files in the bundled folder and the folders named on the line or
  /// in `MENTOR_COACH_SCENARIOS`: file names, without reading the files.
  static let scenarioIDs = CompletionKind.custom { words, _, prefix in
    let environment = Self.environment(words)
    let names = environment?.scenarioFolders.flatMap { Self.names(in: $0.path) } ?? []
    let ids = names.compactMap { name -> String? in
      guard name.hasSuffix(".yaml"), !name.hasSuffix(".tests.yaml") else { return nil }
      return String(name.dropLast(".yaml".count))
    }
    return Set(ids).filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The ids of the sessions under the data folder and the `--from` folders, newest first.
  static let sessionIDs = CompletionKind.custom { words, _, prefix in
    guard let environment = Self.environment(words) else { return [] }
    let folders = [environment.sessionsFolder.path] + values(of: "--from", in: words)
    let ids = folders.flatMap { Self.names(in: $0) }.compactMap { name -> String? in
      name.hasSuffix(".jsonl") ? String(name.dropLast(".jsonl".count)) : nil
    }
    return Set(ids).filter { $0.hasPrefix(prefix) }.sorted(by: >)
  }

  private static func environment(_ words: [String]) -> AppEnvironment? {
    try? AppEnvironment(
      homeOption: values(of: "--home", in: words).last,
      scenarioOptions: values(of: "--scenarios", in: words),
      promptsOption: values(of: "--prompts", in: words).last, noColor: true,
      variables: ProcessInfo.processInfo.environment)
  }

  /// The values given to an option on the line, as `--name value` or `--name=value`.
  static func values(of option: String, in words: [String]) -> [String] {
    var found: [String] = []
    for (index, word) in words.enumerated() {
      if word == option, index + 1 < words.count {
        found.append(words[index + 1])
      } else if word.hasPrefix(option + "=") {
        found.append(String(word.dropFirst(option.count + 1)))
      }
    }
    return found
  }

  private static func names(in folder: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
  }
}
