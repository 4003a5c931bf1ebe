/// A conversation test from an `ID.tests.yaml` file: user turns and what must follow each.
public struct ConversationTest: Sendable {
  /// What one turn expects.
  public struct Turn: Sendable {
    /// Where the turn is written.
    public var location: SourceLocation
    /// What the mentor types (an answer, or `:back` / `:skip`).
    public var say: String
    /// Tags that must all be present.
    public var tags: [String]
    /// Tags that must be absent.
    public var notTags: [String]
    /// Texts the coach's words must contain (case-insensitive).
    public var replyContains: [String]
    /// Texts the coach's words must not contain (case-insensitive).
    public var replyNotContains: [String]
    /// The step the session must be at afterwards.
    public var step: String?
  }

  /// The test's name.
  public var name: String
  /// Where the test is written.
  public var location: SourceLocation
  /// The step to begin at (default: the scenario's start).
  public var start: Located<String>?
  /// The turns in order.
  public var turns: [Turn]
}

/// A tests file: the scenario it tests and its tests.
public struct ConversationTestFile: Sendable {
  /// The scenario's id.
  public var scenario: Located<String>
  /// The tests.
  public var tests: [ConversationTest]

  static let fileKeys = ["scenario", "tests"]
  static let testKeys = ["name", "start", "turns"]
  static let turnKeys = ["say", "tags", "not-tags", "reply-contains", "reply-not-contains", "step"]

  /// Parses a tests file, collecting every problem.
  public static func load(_ text: String, path: String) -> (ConversationTestFile?, [Diagnostic]) {
    let root: SourceNode
    switch SourceNode.parse(text, path: path) {
    case .failure(let diagnostic): return (nil, [diagnostic])
    case .success(nil):
      return (
        nil,
        [
          Diagnostic(
            .error, .missingKey, "the tests file is empty",
            at: SourceLocation(path: path, line: 1, column: 1))
        ]
      )
    case .success(let node?): root = node
    }
    let reader = NodeReader()
    guard let fields = reader.fields(root, of: "the tests file", known: fileKeys),
      let scenario = fields.requiredString("scenario")
    else { return (nil, reader.diagnostics) }
    let tests =
      fields.required("tests").map { reader.list($0).compactMap { readTest($0, reader) } } ?? []
    return (ConversationTestFile(scenario: scenario, tests: tests), reader.diagnostics)
  }

  private static func readTest(_ node: SourceNode, _ reader: NodeReader) -> ConversationTest? {
    guard let fields = reader.fields(node, of: "a test", known: testKeys),
      let name = fields.requiredString("name")
    else { return nil }
    let turns = fields.required("turns").map { list in
      reader.list(list).compactMap { item -> ConversationTest.Turn? in
        guard let turn = reader.fields(item, of: "a turn", known: turnKeys),
          let say = turn.requiredString("say")
        else {
          return nil
        }
        return ConversationTest.Turn(
          location: item.location, say: say.value, tags: turn.strings("tags").map(\.value),
          notTags: turn.strings("not-tags").map(\.value),
          replyContains: turn.strings("reply-contains").map(\.value),
          replyNotContains: turn.strings("reply-not-contains").map(\.value),
          step: turn.string("step"))
      }
    }
    let start = fields["start"].flatMap { node in
      reader.string(node, "'start'").map { Located($0, node.location) }
    }
    return ConversationTest(
      name: name.value, location: node.location, start: start, turns: turns ?? [])
  }
}
