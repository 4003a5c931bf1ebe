import CoachKit
import Foundation
import LineEditor
import Transcript

/// The home screen: the scenarios, the latest unfinished session, and a prompt to choose.
struct Home {
  var environment: AppEnvironment

  func run() throws {
    let library = try environment.library()
    let scenarios = library.scenarios
    let voice = library.prompts.voice
    let printer = CoachPrinter.standard(useColor: environment.useColor)
    let unfinished = Self.unfinished(in: environment.home)
    printer.line(printer.styled("MentorCoach", "1"))
    printer.paragraph(voice.homeIntro)
    for (index, scenario) in scenarios.enumerated() {
      let number = "  \(index + 1). "
      let details = "(\(scenario.id), about \(scenario.minutes) min)"
      let title = printer.styled(scenario.title, "1")
      // The details go on a line of their own when the whole would pass the edge.
      if number.count + scenario.title.count + 2 + details.count <= printer.width {
        printer.line(number + title + "  " + details)
      } else {
        printer.line(number + title)
        printer.line(Self.indented(details, by: 5, printer: printer))
      }
      printer.line(Self.indented(scenario.summary, by: 5, printer: printer))
    }
    listUnfinished(unfinished, printer: printer)
    printer.write("\n")
    // "r to resume" only when there is something to resume.
    let prompt = Self.prompt(voice, resumable: unfinished.count)
    printer.paragraph(prompt)
    let reader = makeLineReader(programName: "mentor-coach", historyFile: environment.historyFile)
    let ids = scenarios.map(\.id)
    reader.completer = { line in line.hasPrefix(":") ? [":quit", ":help"] : ids }
    var choice: Choice?
    while choice == nil {
      switch reader.readLine(prompt: printer.styled("> ", "1;32")) {
      case .line(let line):
        choice = Self.choice(
          line.trimmingSpaces, scenarios: scenarios, resumable: unfinished.count)
        let typed = line.trimmingSpaces
        if choice == nil, ["?", ":help", ":h", "help"].contains(typed.lowercased()) {
          printer.paragraph(prompt)
        } else if choice == nil, !typed.isEmpty {
          printer.paragraph(
            Voice.fill(voice.homeUnknown, ["input": Sanitizer.forTerminal(typed)]))
          printer.paragraph(prompt)
        }
        reader.addHistory(line.trimmingSpaces, persistedAs: choice?.historyEntry)
      case .interrupted(let hadText): if !hadText { choice = .quit }
      case .endOfInput, .terminated: choice = .quit
      }
    }
    reader.close()
    let launcher = SessionLauncher(environment: environment)
    var code: Int32 = 0
    switch choice {
    case .practice(let scenario)?:
      let (_, entry) = try library.scenario(scenario.id)
      code = try launcher.practice(
        scenario, entry: entry, name: environment.variables["MENTOR_COACH_NAME"],
        workshop: environment.variables["MENTOR_COACH_WORKSHOP"])
    case .resume(let index)?:
      if unfinished.indices.contains(index) {
        code = try launcher.resume(
          TranscriptReader.read(unfinished[index].fileURL), library: library)
      }
    case .quit?, nil: break
    }
    if code != 0 { throw ExitCodeError(code: code) }
  }

  enum Choice {
    case practice(Scenario)
    /// The unfinished session at this place in the list, latest first.
    case resume(Int)
    case quit

    /// What the history file keeps of a valid choice: the scenario's id (never the number
    /// typed), `r` or `:quit`.
    var historyEntry: String {
      switch self {
      case .practice(let scenario): scenario.id
      case .resume(let index): index == 0 ? "r" : "r\(index + 1)"
      case .quit: ":quit"
      }
    }
  }

  /// `text` wrapped to the printer's width less `columns`, every line indented by them.
  static func indented(_ text: String, by columns: Int, printer: CoachPrinter) -> String {
    var narrow = printer
    narrow.width = max(20, printer.width - columns)
    let pad = String(repeating: " ", count: columns)
    return narrow.wrap(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { pad + $0 }.joined(separator: "\n")
  }

  /// What `text` chooses: a scenario by number or id, `r` (or `resume`) for the latest of
  /// `resumable` unfinished sessions and `r2`, `r3`… (or `r 2`) for the others, or quit.
  static func choice(_ text: String, scenarios: [Scenario], resumable: Int) -> Choice? {
    if text == ":quit" || text == ":q" || text == "q" { return .quit }
    if resumable > 0 && (text == "r" || text == "resume") { return .resume(0) }
    if text.hasPrefix("r"), let number = Int(String(text.dropFirst()).trimmingSpaces),
      (1...max(1, resumable)).contains(number), resumable > 0
    {
      return .resume(number - 1)
    }
    if let number = Int(text), scenarios.indices.contains(number - 1) {
      return .practice(scenarios[number - 1])
    }
    return scenarios.first { $0.id == text }.map(Choice.practice)
  }
}

/// Carries a session's exit code out through `run()`.
struct ExitCodeError: Error {
  var code: Int32
}
