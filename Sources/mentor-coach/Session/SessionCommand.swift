/// The `:` commands of a session, parsed in one place.
enum SessionCommand: Equatable {
  case help
  case back
  case repeatQuestion
  case skip
  case note(String)
  case whereAmI
  case why
  case quit
  case group
  case pass
  case timer(minutes: Int?)
  case extend(minutes: Int)
  case pause
  case rejoin(String)
  case guidance
  case unknown(String)

  /// The commands offered by Tab completion in solo practice.
  static let practiceNames = [
    ":help", ":back", ":repeat", ":skip", ":note", ":where", ":why", ":quit",
  ]
  /// The extra commands of workshop mode.
  static let workshopNames = [
    ":group", ":pass", ":timer", ":extend", ":pause", ":rejoin", ":guidance",
  ]

  /// Parses a line that starts with `:` and a letter (or `:?`); other lines are answers (so
  /// ":)" is one).
  init?(line: String) {
    let trimmed = line.trimmingSpaces
    guard trimmed.hasPrefix(":"), let first = trimmed.dropFirst().first,
      first.isLetter || first == "?"
    else { return nil }
    let name = first == "?" ? "?" : trimmed.dropFirst().prefix { $0.isLetter }.lowercased()
    let argument = String(trimmed.dropFirst(1 + name.count)).trimmingSpaces
    switch name {
    case "help", "h", "?": self = .help
    case "back", "b": self = .back
    case "repeat", "r": self = .repeatQuestion
    case "skip", "s": self = .skip
    case "note", "n": self = .note(argument)
    case "where", "w": self = .whereAmI
    case "why": self = .why
    case "quit", "q", "exit": self = .quit
    case "group", "g": self = .group
    case "pass", "p": self = .pass
    case "timer": self = .timer(minutes: Int(argument))
    case "extend": self = .extend(minutes: Int(argument) ?? 1)
    case "pause": self = .pause
    case "rejoin": self = .rejoin(argument)
    case "guidance": self = .guidance
    default: self = .unknown(String(trimmed.prefix { !$0.isWhitespace }))
    }
  }

  /// The command's full name without its argument (`:note` for `:n my note`), or nil for an
  /// unknown command.
  var name: String? {
    switch self {
    case .help: ":help"
    case .back: ":back"
    case .repeatQuestion: ":repeat"
    case .skip: ":skip"
    case .note: ":note"
    case .whereAmI: ":where"
    case .why: ":why"
    case .quit: ":quit"
    case .group: ":group"
    case .pass: ":pass"
    case .timer: ":timer"
    case .extend: ":extend"
    case .pause: ":pause"
    case .rejoin: ":rejoin"
    case .guidance: ":guidance"
    case .unknown: nil
    }
  }

  /// What the persistent history keeps of this command, if anything.
  ///
  /// Its name alone, and only when it is one of `names` (the commands valid where it was
  /// typed). Arguments, notes, mistyped commands and answers never reach the history file.
  func historyEntry(validIn names: [String]) -> String? {
    name.flatMap { names.contains($0) ? $0 : nil }
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return String(text)
  }
}
