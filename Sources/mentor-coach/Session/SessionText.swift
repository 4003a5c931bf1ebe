import Transcript

/// The check on the names, title and code a session is given, before its transcript is
/// created: the program shows them on the terminal and saves them in every event's `who`.
///
/// A control character (an escape sequence in `--title`, a newline in a participant's name) is
/// refused rather than escaped, so that what is saved is what the person meant to type; so is
/// a value past its length limit (a 100 KB `--name` would pad every `review list` row).
enum SessionText {
  /// The longest name, in characters.
  static let nameLimit = 100
  /// The longest workshop title or code, in characters.
  static let titleLimit = 200

  /// Checks the values of a session's `started` event.
  ///
  /// - Parameter started: The event about to be written.
  /// - Throws: ``Failure/input(_:)`` naming the value and the problem.
  static func check(_ started: SessionStarted) throws {
    if let name = started.name { try check(name, "the name (--name)", limit: nameLimit) }
    for participant in started.participants where participant != started.name {
      try check(participant, "a participant's name", limit: nameLimit)
    }
    if let title = started.title { try check(title, "the workshop title", limit: titleLimit) }
    if let code = started.workshop { try check(code, "the workshop code", limit: titleLimit) }
  }

  private static func check(_ value: String, _ what: String, limit: Int) throws {
    if let control = value.unicodeScalars.first(where: Sanitizer.isUnsafe) {
      throw Failure.input(
        "\(what) contains a control character (\(Sanitizer.forTerminal(String(control)))), which would reach the terminal as a command; give plain text"
      )
    }
    if value.count > limit {
      throw Failure.input(
        "\(what) is \(value.count) characters long; the limit is \(limit)")
    }
  }
}
