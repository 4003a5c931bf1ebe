public import Foundation
public import Transcript

/// The formats of `review export`.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// A Markdown transcript.
  case markdown = "md"
  /// A self-contained HTML transcript.
  case html
  /// The session as one JSON document.
  case json
  /// One row per answer, as CSV.
  case csv
  /// A conversation test (YAML) that replays the session's answers.
  case test
}

/// Renders `review export`: one session in one of the ``ExportFormat``s.
///
/// Private notes are left out unless ``includesNotes`` is set. With `redacts` set, the session
/// first goes through a ``Redactor``: names become `Participant N` and notes are dropped.
public struct SessionExporter: Sendable {
  /// The format to write.
  public var format: ExportFormat
  /// The time zone times are shown in (Markdown and HTML; JSON and CSV write UTC).
  public var timeZone: TimeZone
  /// Whether to replace names by pseudonyms and drop notes.
  public var redacts: Bool
  /// Whether to keep private notes; they are left out unless asked for (never when redacting).
  public var includesNotes: Bool
  /// When redacting, the names of people in other sessions, replaced too where mentioned.
  public var otherNames: [String] = []

  /// Creates an exporter.
  ///
  /// - Parameters:
  ///   - format: The format to write.
  ///   - timeZone: The time zone for displayed times.
  ///   - redacts: Whether to redact names and notes.
  ///   - includesNotes: Whether to keep private notes.
  public init(
    format: ExportFormat, timeZone: TimeZone = .current, redacts: Bool = false,
    includesNotes: Bool = false
  ) {
    self.format = format
    self.timeZone = timeZone
    self.redacts = redacts
    self.includesNotes = includesNotes
  }

  /// Renders a session.
  ///
  /// - Parameter log: The session, usually from ``TranscriptReader/read(_:)``.
  /// - Returns: The document, ending in a newline.
  public func render(_ log: SessionLog) -> String {
    export(log).text
  }

  /// Renders a session and says which name parts the redaction left in it.
  ///
  /// - Parameter log: The session, usually from ``TranscriptReader/read(_:)``.
  /// - Returns: The document, ending in a newline, and the name parts still found in the
  ///   redacted session (``Redactor/remainingNames``); always empty without `redacts`.
  public func export(_ log: SessionLog) -> (text: String, remainingNames: Set<String>) {
    var log = log
    if !includesNotes {
      log.events.removeAll { if case .note = $0.payload { true } else { false } }
    }
    var redactor = Redactor(alsoReplacing: otherNames)
    if redacts { log = redactor.redact(log) }
    let text =
      switch format {
      case .markdown: MarkdownTranscript(timeZone: timeZone).render(log)
      case .html: HTMLTranscript(timeZone: timeZone, redacted: redacts).render(log)
      case .json: JSONExport.render(log)
      case .csv: CSVExport.render(log)
      case .test: ConversationTestExport.render(log)
      }
    return (text, redactor.remainingNames)
  }
}

/// Who an event belongs to, by the report conventions: the event's `who`, else the
/// practising person's name, else `Anonymous`.
enum People {
  static let anonymous = "Anonymous"
  /// The `who` of an answer the whole room gave together after `:group` in a workshop.
  ///
  /// It is CoachKit's `WorkshopSession.group`, matched as a literal so that Review depends
  /// only on the transcript format; `workshop` refuses it as a participant's name.
  static let group = "Group"

  /// True when an event of a workshop belongs to the room rather than to one person.
  ///
  /// That is when its `who` is ``group``, or when it has no `who` (a choice the room made).
  /// Such events are shown, but their author is not counted among the people, nor given a
  /// pseudonym.
  static func isRoom(_ event: TranscriptEvent, in started: SessionStarted) -> Bool {
    guard started.mode == .workshop else { return false }
    guard let who = event.who, !who.isEmpty else { return true }
    return who == group
  }

  static func person(of event: TranscriptEvent, in started: SessionStarted) -> String {
    if let who = event.who, !who.isEmpty { return who }
    if let name = started.name, !name.isEmpty { return name }
    return anonymous
  }
}
