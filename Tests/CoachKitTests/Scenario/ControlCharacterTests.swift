import CoachKit
import Testing

/// Control characters in a scenario's text are refused where the file is read.
///
/// Hardening finding 11: a double-quoted title can hold a terminal escape (`"\e[2J"`) that
/// `list`, `practice` or `review` would print raw. The loader refuses any control character
/// other than a line break or a tab, at the scalar's line and column.
@Suite struct ControlCharacterTests {
  static func yaml(title: String, say: String = "hello") -> String {
    """
    id: esc
    title: "\(title)"
    area: time
    summary: A short one.
    minutes: 5
    version: 1
    steps:
      - id: a
        say: "\(say)"
        end: true
    """
  }

  @Test(arguments: [
    ("Hi \\e[2J there", "U+001B"), ("Bell \\a", "U+0007"), ("Null \\0", "U+0000"),
    ("C1 \\u009B2J", "U+009B"), ("Delete \\x7F", "U+007F"),
  ])
  func aControlCharacterInTextIsRefusedWhereItIs(title: String, name: String) throws {
    let (scenario, diagnostics) = try compile(Self.yaml(title: title), path: "esc.yaml")
    #expect(scenario == nil)
    let error = try #require(diagnostics.first { $0.severity == .error })
    #expect(error.code == .badValue)
    #expect(error.message.contains(name))
    #expect(error.location.path == "esc.yaml")
    #expect(error.location.line == 2)
    #expect(error.location.column == 9)
  }

  @Test func lineBreaksAndTabsStayAllowed() throws {
    let (scenario, diagnostics) = try compile(
      Self.yaml(title: "Two\\tparts", say: "First line\\nsecond line"), path: "fine.yaml")
    #expect(scenario != nil, "\(diagnostics)")
    #expect(!diagnostics.contains { $0.severity == .error })
  }
}
