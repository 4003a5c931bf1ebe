public import Foundation
public import Transcript

/// Reads many transcript files at once, on every core, for `review list` and `review report`.
///
/// One bad file never hides the others: each file that cannot be read, or is not a
/// MentorCoach transcript, becomes a ``SessionIndex/Problem`` naming it, and the rest are
/// read as usual. Results keep the order of the files given.
public enum SessionCatalog {
  /// Summaries of the files that pass the filter, reading only what the list needs.
  ///
  /// - Parameters:
  ///   - files: Transcript files, usually from ``SessionIndex/sessionFiles()``.
  ///   - filter: Which sessions to keep.
  /// - Returns: The summaries kept and the files that could not be read.
  public static func summaries(_ files: [URL], filter: SessionFilter = SessionFilter()) -> (
    summaries: [SessionSummary], problems: [SessionIndex.Problem]
  ) {
    let candidates = files.filter { filter.mayMatch(fileNamed: $0) }
    let judgesStart = filter.scenario != nil || filter.workshop != nil || filter.participant != nil
    let results = ParallelMap.map(candidates) { url -> Result<SessionSummary?, any Error> in
      // A session whose first line already fails the filter is not read any further.
      if judgesStart, let started = SessionIndex.started(of: url), !filter.mayMatch(started) {
        return .success(nil)
      }
      return Result { try RawTranscript.read(url).summary() }
    }
    var summaries: [SessionSummary] = []
    var problems: [SessionIndex.Problem] = []
    for (url, result) in zip(candidates, results) {
      switch result {
      case .success(let summary):
        if let summary, filter.matches(summary) { summaries.append(summary) }
      case .failure(let error):
        problems.append(SessionIndex.Problem(url: url, message: skipped(error)))
      }
    }
    return (summaries, problems)
  }

  /// The events the group report can do without, left undecoded.
  ///
  /// They are the coach's words other than questions, and `received`, `back`, `skip` and
  /// `resumed`. Every other type is decoded, new ones too.
  ///
  /// Keep it in step with what ``GroupReportBuilder`` reads.
  public static let reportEvents = EventSelection(
    skipping: ["received", "back", "skip", "resumed"], saidKinds: ["question"])

  /// Full logs of the files that pass the filter.
  ///
  /// A log whose reader found problems (torn or corrupt lines, events of a newer version) is
  /// kept, with one problem naming the file and describing what was skipped.
  ///
  /// - Parameters:
  ///   - files: Transcript files.
  ///   - filter: Which sessions to keep.
  ///   - selection: The events to decode (default: all).
  /// - Returns: The logs kept and the problems found.
  public static func logs(
    _ files: [URL], filter: SessionFilter = SessionFilter(),
    selecting selection: EventSelection = .all
  ) -> (logs: [SessionLog], problems: [SessionIndex.Problem]) {
    let candidates = files.filter { filter.mayMatch(fileNamed: $0) }
    let results = ParallelMap.map(candidates) { url in
      Result { try TranscriptReader.read(url, selecting: selection) }
    }
    var logs: [SessionLog] = []
    var problems: [SessionIndex.Problem] = []
    for (url, result) in zip(candidates, results) {
      switch result {
      case .success(let log):
        guard filter.matches(log) else { continue }
        logs.append(log)
        if !log.problems.isEmpty {
          let message = "read with problems: " + log.problems.descriptions.joined(separator: "; ")
          problems.append(SessionIndex.Problem(url: url, message: message))
        }
      case .failure(let error):
        problems.append(SessionIndex.Problem(url: url, message: skipped(error)))
      }
    }
    return (logs, problems)
  }

  /// Reads the files that pass the filter in chunks, on every core, and hands each log to
  /// `body` in file order; only one chunk of logs is in memory at a time.
  ///
  /// - Parameters:
  ///   - files: Transcript files.
  ///   - filter: Which sessions to keep.
  ///   - selection: The events to decode (default: all).
  ///   - chunkSize: How many files to read at once.
  ///   - body: Called with each log kept, in file order.
  /// - Returns: The problems found, as ``logs(_:filter:selecting:)`` reports them.
  public static func forEachLog(
    _ files: [URL], filter: SessionFilter = SessionFilter(),
    selecting selection: EventSelection = .all,
    chunkSize: Int = 512, _ body: (SessionLog) -> Void
  ) -> [SessionIndex.Problem] {
    var problems: [SessionIndex.Problem] = []
    var start = 0
    while start < files.count {
      let chunk = Array(files[start..<min(start + chunkSize, files.count)])
      let (logs, found) = Self.logs(chunk, filter: filter, selecting: selection)
      logs.forEach(body)
      problems += found
      start += chunkSize
    }
    return problems
  }

  /// `skipped: …` for a file that could not be read at all.
  ///
  /// - Parameter error: Why the file could not be read.
  /// - Returns: A message for ``SessionIndex/Problem/message``.
  public static func skipped(_ error: any Error) -> String {
    if case TranscriptError.notATranscript = error {
      return "skipped: it is not a MentorCoach transcript"
    }
    return "skipped: " + error.localizedDescription
  }
}
