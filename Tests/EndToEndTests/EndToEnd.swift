import Foundation
import Testing

/// Paths and transcript helpers shared by the end-to-end tests.
///
/// The tests use the small prompts and the `first-meeting` scenario of
/// `Tests/CoachKitTests/Fixtures`, so that they do not depend on the wording of the bundled
/// content.
enum EndToEnd {
  /// The package's root folder, found from this file's path.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  /// `Tests/CoachKitTests/Fixtures`, which holds `first-meeting.yaml`.
  static let fixtures = repository.appendingPathComponent("Tests/CoachKitTests/Fixtures")
  /// The fixture prompts.
  static let prompts = fixtures.appendingPathComponent("Prompts")
  /// The fixture scenario file.
  static let scenarioFile = fixtures.appendingPathComponent("first-meeting.yaml")
  /// `--prompts` and `--scenarios` for the fixtures.
  static let fixtureOptions = ["--prompts", prompts.path, "--scenarios", fixtures.path]

  /// `practice SCENARIO` with the fixture options.
  static func practice(_ scenario: String = "first-meeting") -> [String] {
    ["practice", scenario] + fixtureOptions
  }

  /// Answers that walk `first-meeting` from start to end, one per line.
  static let fullAnswers = "I am so busy with clinic\n5\n1\nI will email them tomorrow\n"

  /// The replies of the `busy` rule of `first-meeting`, in order.
  ///
  /// A session's replies start where its variety (seeded from the session id) puts each list,
  /// so a run may print either.
  static let busyReplies = [
    "You sound busy. Let's keep it manageable.", "Being busy is real. We'll keep it small.",
  ]
  /// Words both `busy` replies contain and the answer that gets them does not.
  static let busyReplyWords = " keep it "

  /// `text` with whichever `busy` reply a session printed written as the first, for comparing
  /// a whole run with the expected text.
  static func unvaried(_ text: String) -> String {
    text.replacingOccurrences(of: busyReplies[1], with: busyReplies[0])
  }

  /// The events of a transcript file, each parsed with `JSONSerialization`.
  static func events(in file: URL) throws -> [[String: Any]] {
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.hasSuffix("\n"), "the last line of \(file.lastPathComponent) is torn")
    return try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      return try #require(object as? [String: Any], "not a JSON object: \(line)")
    }
  }

  /// The `type` of each event.
  static func types(_ events: [[String: Any]]) -> [String] {
    events.map { $0["type"] as? String ?? "?" }
  }

  /// The `answered` events.
  static func answers(_ events: [[String: Any]]) -> [[String: Any]] {
    events.filter { $0["type"] as? String == "answered" }
  }

  /// The `input` of each `answered` event.
  static func inputs(_ events: [[String: Any]]) -> [String] {
    answers(events).map { $0["input"] as? String ?? "?" }
  }

  /// The POSIX permission bits of a file or folder.
  static func mode(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    let permissions = try #require(attributes[.posixPermissions] as? NSNumber)
    return permissions.intValue & 0o777
  }
}
