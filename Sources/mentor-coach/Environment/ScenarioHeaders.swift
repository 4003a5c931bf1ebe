import CoachKit
import Foundation

extension AppEnvironment {
  /// The header of every scenario file in the scenario folders, for `list`.
  ///
  /// Read without compiling the scenarios or the prompts. A file whose header cannot be read
  /// comes back with no header (`validate` tells why).
  func scenarioHeaders() throws -> [(path: String, header: ScenarioHeader?)] {
    try ScenarioLibrary.scenarioFiles(in: scenarioFolders).map { url in
      let text = try? String(contentsOf: url, encoding: .utf8)
      return (ScenarioLibrary.displayPath(url), text.flatMap(ScenarioHeader.read))
    }
  }
}
