import Testing

@testable import mentor_coach

/// Parsing of the `:` commands: names, short forms, arguments, and what stays an answer.
@Suite struct SessionCommandTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var id: String
    var line: String
    var command: SessionCommand?
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "help", line: ":help", command: .help),
    Case(id: "help short", line: ":h", command: .help),
    Case(id: "back", line: ":back", command: .back),
    Case(id: "back short", line: ":b", command: .back),
    Case(id: "repeat", line: ":repeat", command: .repeatQuestion),
    Case(id: "repeat short", line: ":r", command: .repeatQuestion),
    Case(id: "skip", line: ":skip", command: .skip),
    Case(id: "skip short", line: ":s", command: .skip),
    Case(
      id: "note with text", line: ":note call Sam on Monday", command: .note("call Sam on Monday")),
    Case(id: "note short", line: ":n  spaced out  ", command: .note("spaced out")),
    Case(id: "note keeps the case", line: ":NOTE Ask Dr Lee", command: .note("Ask Dr Lee")),
    Case(id: "note after a tab", line: ":note\tafter a tab", command: .note("after a tab")),
    Case(id: "note without text", line: ":note", command: .note("")),
    Case(id: "where", line: ":where", command: .whereAmI),
    Case(id: "where short", line: ":w", command: .whereAmI),
    Case(id: "why", line: ":why", command: .why),
    Case(id: "quit", line: ":quit", command: .quit),
    Case(id: "quit short", line: ":q", command: .quit),
    Case(id: "exit", line: ":exit", command: .quit),
    Case(id: "upper case", line: ":QUIT", command: .quit),
    Case(id: "spaces around", line: "   :quit   ", command: .quit),
    Case(id: "group", line: ":group", command: .group),
    Case(id: "group short", line: ":g", command: .group),
    Case(id: "pass", line: ":pass", command: .pass),
    Case(id: "pass short", line: ":p", command: .pass),
    Case(id: "timer with minutes", line: ":timer 2", command: .timer(minutes: 2)),
    Case(id: "timer glued", line: ":timer5", command: .timer(minutes: 5)),
    Case(id: "timer alone", line: ":timer", command: .timer(minutes: nil)),
    Case(id: "timer with words", line: ":timer soon", command: .timer(minutes: nil)),
    Case(id: "extend with minutes", line: ":extend 3", command: .extend(minutes: 3)),
    Case(id: "extend alone", line: ":extend", command: .extend(minutes: 1)),
    Case(id: "pause", line: ":pause", command: .pause),
    Case(id: "unknown", line: ":foo bar", command: .unknown(":foo")),
    Case(id: "longer than a name", line: ":quitx", command: .unknown(":quitx")),
    Case(id: "unknown keeps its case", line: ":Notes x", command: .unknown(":Notes")),
    Case(id: "non-ASCII letter", line: ":été", command: .unknown(":été")),
    Case(id: "smiley is an answer", line: ":)", command: nil),
    Case(id: "colon alone", line: ":", command: nil),
    Case(id: "space after the colon", line: ": quit", command: nil),
    Case(id: "digit after the colon", line: ":3", command: nil),
    Case(id: "plain answer", line: "I am so busy", command: nil),
    Case(id: "colon later", line: "time: none", command: nil),
    Case(id: "empty line", line: "", command: nil),
  ]

  @Test(arguments: cases) func parses(_ test: Case) {
    #expect(SessionCommand(line: test.line) == test.command)
  }

  @Test(arguments: [
    (":note Maria is going through a divorce", ":note"), (":q I cannot cope", ":quit"),
    (":n private", ":note"), (":timer 5", nil), (":group", nil), (":nots Maria", nil),
    (":quitt now", nil), (":WHERE am I", ":where"),
  ])
  func historyKeepsOnlyTheNameOfAValidCommand(line: String, entry: String?) throws {
    let command = try #require(SessionCommand(line: line))
    #expect(command.historyEntry(validIn: SessionCommand.practiceNames) == entry)
  }

  @Test func everyCompletionNameParsesAsAKnownCommand() {
    for name in SessionCommand.practiceNames + SessionCommand.workshopNames {
      let command = SessionCommand(line: name)
      #expect(command != nil, "\(name)")
      if case .unknown? = command { Issue.record("\(name) parses as unknown") }
      #expect(command?.name == name)
    }
  }

  @Test func questionMarkAsksForHelp() {
    // `SessionCommand` lists "?" among the names of :help, but a name must start with a letter.
    #expect(SessionCommand(line: ":?") == .help)
  }
}
