public import Foundation

/// Appends a session's events to `HOME/sessions/<session-id>.jsonl`, durably.
///
/// Contract: each event is encoded as one line and written with a single `write` (repeated
/// only if the system writes part of it), then `fsync` is called; ``append(_:who:)`` returns
/// only after that. ``append(contentsOf:who:)`` writes a turn's events the same way, with one
/// `write` and one `fsync` for all of them. A crash therefore never loses an event whose `append` returned, and never
/// leaves more than one torn line, at the end. The folder is created with mode 0700 and the
/// file with mode 0600, opened with `O_APPEND`.
///
/// A writer holds the transcript's advisory lock (`flock`) until it is closed, so one session
/// is never open in two windows: a second writer for the same file throws
/// ``TranscriptError/sessionInUse(path:)`` before it reads or changes anything.
///
/// ```swift
/// let writer = try TranscriptWriter(home: home, scenarioID: "self-doubt")
/// try writer.append(.started(SessionStarted(session: writer.sessionID, ...)))
/// ```
public final class TranscriptWriter: TranscriptSink {
  /// The transcript file.
  public let fileURL: URL
  /// The `seq` the next event will get.
  public private(set) var nextSeq: Int
  /// For a writer that continues a session, the session as read once its lock was held (so
  /// nothing another window wrote is missed); nil for a new session.
  public let resumedLog: SessionLog?
  private let clock: () -> Date
  private var descriptor: Int32

  /// The session id: the file name without `.jsonl`.
  public var sessionID: String { fileURL.deletingPathExtension().lastPathComponent }

  /// Creates a new transcript file for a session that starts now.
  ///
  /// - Parameters:
  ///   - home: The data folder; `sessions/` is created inside it with mode 0700.
  ///   - scenarioID: The scenario id, used in the file name (characters other than letters,
  ///     digits, `-`, `_` and `.` become `_`).
  ///   - clock: The clock that stamps the events and names the file.
  ///   - random: Supplies the 4 hex digits that make the name unique; retried on a clash.
  /// - Throws: ``TranscriptError`` naming the path and the reason.
  public init(
    home: URL, scenarioID: String, clock: @escaping () -> Date = Date.init,
    random: () -> UInt16 = { UInt16.random(in: .min ... .max) }
  ) throws {
    let folder = Self.sessionsFolder(home: home)
    try POSIX.makeFolder(folder)
    let start = clock()
    var opened: (descriptor: Int32, url: URL)?
    for _ in 0..<16 where opened == nil {
      let id = SessionFileName.sessionID(start: start, scenarioID: scenarioID, random: random())
      let url = folder.appendingPathComponent("\(id).\(SessionFileName.fileExtension)")
      if let descriptor = try POSIX.createNew(url.path) { opened = (descriptor, url) }
    }
    guard let opened else {
      throw TranscriptError.cannotWrite(
        path: folder.path, reason: "no unused session file name after 16 tries")
    }
    do {
      try POSIX.lockSession(opened.descriptor, path: opened.url.path)
    } catch {
      POSIX.closeQuietly(opened.descriptor)
      throw error
    }
    resumedLog = nil
    descriptor = opened.descriptor
    fileURL = opened.url
    POSIX.syncFolder(folder.path)
    self.clock = clock
    nextSeq = 0
  }

  /// Opens an existing transcript to continue it, as `resume` does.
  ///
  /// The file is opened and locked first, then read (``resumedLog``): a torn last line (one
  /// without its newline, never acknowledged) is cut off, so the next event starts on a line
  /// of its own; numbering continues after the highest `seq`.
  ///
  /// - Parameters:
  ///   - existingFile: The transcript to continue.
  ///   - clock: The clock that stamps the events.
  /// - Throws: ``TranscriptError/sessionInUse(path:)`` when another window has it open, or
  ///   ``TranscriptError`` when the file cannot be read or written or is not a transcript.
  public init(appendingTo existingFile: URL, clock: @escaping () -> Date = Date.init) throws {
    let descriptor = try POSIX.openForAppend(existingFile.path)
    let log: SessionLog
    do {
      try POSIX.lockSession(descriptor, path: existingFile.path)
      log = try TranscriptReader.read(existingFile)
      if let validLength = log.problems.validByteCount {
        try POSIX.cut(descriptor, to: validLength, path: existingFile.path)
      }
    } catch {
      POSIX.closeQuietly(descriptor)
      throw error
    }
    self.descriptor = descriptor
    resumedLog = log
    fileURL = existingFile
    self.clock = clock
    nextSeq = (log.events.map(\.seq).max() ?? -1) + 1
  }

  deinit {
    if descriptor >= 0 { POSIX.closeQuietly(descriptor) }
  }

  /// Stamps a payload with the next `seq` and the clock's time, writes it as one line and
  /// syncs it to disk.
  ///
  /// - Parameters:
  ///   - payload: What happened.
  ///   - who: The participant, in workshop mode.
  /// - Returns: The event as written.
  /// - Throws: ``TranscriptError/cannotWrite(path:reason:)``; `nextSeq` then stays the same.
  @discardableResult
  public func append(_ payload: TranscriptEvent.Payload, who: String? = nil) throws
    -> TranscriptEvent
  {
    guard descriptor >= 0 else {
      throw TranscriptError.cannotWrite(path: fileURL.path, reason: "the transcript is closed")
    }
    let event = TranscriptEvent(seq: nextSeq, time: clock(), who: who, payload: payload)
    let line: Data
    do {
      line = try event.encodedLine()
    } catch {
      throw TranscriptError.cannotWrite(path: fileURL.path, reason: "the event cannot be encoded")
    }
    try POSIX.writeAndSync(line, to: descriptor, path: fileURL.path)
    nextSeq += 1
    return event
  }

  /// Writes a turn's payloads as events with one `write` and one `fsync`.
  ///
  /// Each is stamped with the next `seq` and the clock's time: the answer and the coach's reply
  /// reach the disk together, before the reply is shown. A crash leaves at most one torn line,
  /// at the end.
  ///
  /// - Parameters:
  ///   - payloads: What happened, in order.
  ///   - who: The participant, in workshop mode.
  /// - Returns: The events as written.
  /// - Throws: ``TranscriptError/cannotWrite(path:reason:)``; `nextSeq` then stays the same.
  @discardableResult
  public func append(contentsOf payloads: [TranscriptEvent.Payload], who: String? = nil) throws
    -> [TranscriptEvent]
  {
    guard descriptor >= 0 else {
      throw TranscriptError.cannotWrite(path: fileURL.path, reason: "the transcript is closed")
    }
    guard !payloads.isEmpty else { return [] }
    let time = clock()
    let events = payloads.enumerated().map { offset, payload in
      TranscriptEvent(seq: nextSeq + offset, time: time, who: who, payload: payload)
    }
    var lines = Data()
    do {
      for event in events { lines.append(try event.encodedLine()) }
    } catch {
      throw TranscriptError.cannotWrite(path: fileURL.path, reason: "the event cannot be encoded")
    }
    try POSIX.writeAndSync(lines, to: descriptor, path: fileURL.path)
    nextSeq += events.count
    return events
  }

  /// Closes the file, after which appends throw; closing twice does nothing.
  public func close() {
    if descriptor >= 0 { POSIX.closeQuietly(descriptor) }
    descriptor = -1
  }

  /// The folder that holds the transcripts: `HOME/sessions`.
  ///
  /// - Parameter home: The data folder.
  /// - Returns: `home/sessions`.
  public static func sessionsFolder(home: URL) -> URL {
    home.appendingPathComponent("sessions", isDirectory: true)
  }

  /// Proves, before the first question, that transcripts can be written under `home`.
  ///
  /// Creates `HOME/sessions` (mode 0700, and `HOME` too if missing), then creates, syncs and
  /// deletes a small temporary file in it.
  ///
  /// - Parameter home: The data folder.
  /// - Throws: ``TranscriptError`` naming the folder and the reason, for example
  ///   `cannot write to /x/sessions: Permission denied`.
  public static func checkWritable(home: URL) throws {
    let folder = sessionsFolder(home: home)
    try POSIX.makeFolder(folder)
    let probe = folder.appendingPathComponent(".write-check-\(UInt32.random(in: .min ... .max))")
    let created: Int32?
    do {
      created = try POSIX.createNew(probe.path)
    } catch TranscriptError.cannotWrite(_, let reason) {
      throw TranscriptError.cannotWrite(path: folder.path, reason: reason)
    }
    guard let descriptor = created else {
      throw TranscriptError.cannotWrite(
        path: folder.path, reason: "a stale check file is in the way")
    }
    defer {
      POSIX.closeQuietly(descriptor)
      POSIX.removeQuietly(probe.path)
    }
    try POSIX.writeAndSync(Data("ok\n".utf8), to: descriptor, path: folder.path)
  }
}
