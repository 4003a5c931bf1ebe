public import Foundation

/// Finds session transcripts in `HOME/sessions` and any extra folders.
///
/// Files are the `*.jsonl` files directly inside each folder (hidden files are ignored),
/// sorted by file name, which sorts by start time.
public struct SessionIndex: Sendable {
  /// The folders searched, in order.
  public var folders: [URL]

  /// Creates an index over explicit folders.
  ///
  /// - Parameter folders: The folders to search.
  public init(folders: [URL]) {
    self.folders = folders
  }

  /// Creates an index over `HOME/sessions` and extra folders.
  ///
  /// - Parameters:
  ///   - home: The data folder.
  ///   - extraFolders: More folders holding transcripts.
  public init(home: URL, extraFolders: [URL] = []) {
    self.init(folders: [TranscriptWriter.sessionsFolder(home: home)] + extraFolders)
  }

  /// A file that could not be listed or summarised, and why.
  public struct Problem: Equatable, Sendable {
    /// The file or folder concerned.
    public var url: URL
    /// What went wrong, as a sentence.
    public var message: String

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - url: The file or folder concerned.
    ///   - message: What went wrong.
    public init(url: URL, message: String) {
      self.url = url
      self.message = message
    }
  }

  /// The transcript files, sorted by name; a missing folder has none.
  ///
  /// - Returns: The files, and the folders that could not be read.
  public func sessionFiles() -> (files: [URL], problems: [Problem]) {
    // Sort keys are computed once: URL's `lastPathComponent` and `path` are slow enough to
    // dominate `review` over thousands of files when recomputed in every comparison.
    var files: [(name: String, path: String, url: URL)] = []
    var problems: [Problem] = []
    for folder in folders {
      let path = folder.path
      guard FileManager.default.fileExists(atPath: path) else { continue }
      do {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
          // A file hint: without it, each URL would be checked on disk for being a folder.
          let url = folder.appendingPathComponent(name, isDirectory: false)
          files.append((name, path + "/" + name, url))
        }
      } catch {
        let reason = TranscriptError.cannotRead(path: path, reason: "the folder cannot be listed")
        problems.append(Problem(url: folder, message: reason.localizedDescription))
      }
    }
    files.sort { ($0.name, $0.path) < ($1.name, $1.path) }
    return (files.map(\.url), problems)
  }

  /// Summaries of every readable session, sorted by name, and a problem for each file that
  /// could not be read; one bad file never hides the others.
  ///
  /// - Returns: The summaries and the problems.
  public func summaries() -> (summaries: [SessionSummary], problems: [Problem]) {
    let (files, listed) = sessionFiles()
    var problems = listed
    var summaries: [SessionSummary] = []
    for file in files {
      do {
        summaries.append(try SessionSummary.read(file))
      } catch {
        problems.append(Problem(url: file, message: error.localizedDescription))
      }
    }
    return (summaries, problems)
  }

  /// Every person named in the sessions, from each file's first line only: the practising
  /// person's name and the workshop participants, in file order, each once (ignoring case).
  ///
  /// Redaction uses it, so that a person mentioned in a session they did not take part in
  /// ("Dana's workload" in Sam's session) is replaced too.
  ///
  /// - Returns: The names as first written.
  public func names() -> [String] {
    Self.names(sessionFiles().files.lazy.compactMap { try? TranscriptHead.started($0) })
  }

  /// The people named in `started` events: each practising person and workshop participant,
  /// in order, each once (ignoring case).
  ///
  /// - Parameter starts: The `started` events, from files or a database.
  /// - Returns: The names as first written.
  public static func names(_ starts: some Sequence<SessionStarted>) -> [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for started in starts {
      for name in [started.name].compactMap({ $0 }) + started.participants
      where seen.insert(name.lowercased()).inserted {
        names.append(name)
      }
    }
    return names
  }

  /// The most recent session that did not end completed, if any.
  ///
  /// Reads only what it needs: files are tried newest first, each finished one is recognised
  /// from the last few kilobytes of its file (``TranscriptTail``), and only the session
  /// returned is summarised in full. So the home screen and `resume` cost about the same with
  /// ten sessions or ten thousand, and one huge transcript is never read whole unless it is
  /// the one to resume.
  ///
  /// - Returns: Its summary, or nil.
  public func latestUnfinished() -> SessionSummary? {
    latestUnfinished(count: 1).first
  }

  /// The most recent sessions that did not end completed, newest first, read as
  /// ``latestUnfinished()`` reads (only those returned are summarised in full).
  ///
  /// - Parameter count: The most to return.
  /// - Returns: Their summaries.
  public func latestUnfinished(count: Int) -> [SessionSummary] {
    var found: [SessionSummary] = []
    for file in sessionFiles().files.reversed() where found.count < count {
      if let last = try? TranscriptTail.lastEvent(file), case .ended(true) = last.payload {
        continue
      }
      if let summary = try? SessionSummary.read(file), !summary.isFinished { found.append(summary) }
    }
    return found
  }

  /// The `started` event of a transcript, from its first line alone; nil when it cannot be
  /// read that way.
  ///
  /// - Parameter url: The transcript.
  /// - Returns: The fields of its `started` event.
  public static func started(of url: URL) -> SessionStarted? {
    (try? TranscriptHead.started(url)) ?? nil
  }

  /// Finds a session by its full id, a unique prefix of its id, or a file path.
  ///
  /// A query containing `/` or ending in `.jsonl` that names an existing file is taken as a
  /// path. Otherwise an exact id wins over prefixes.
  ///
  /// - Parameter query: The id, prefix or path.
  /// - Returns: The transcript file.
  /// - Throws: ``TranscriptError/sessionNotFound(query:folders:)`` or
  ///   ``TranscriptError/ambiguousSession(query:candidates:)`` listing the matching ids.
  public func locate(_ query: String) throws -> URL {
    if query.contains("/") || query.hasSuffix(".jsonl"),
      FileManager.default.fileExists(atPath: query)
    {
      return URL(fileURLWithPath: query)
    }
    let id = query.hasSuffix(".jsonl") ? String(query.dropLast(6)) : query
    let files = sessionFiles().files
    func sessionID(_ url: URL) -> String { url.deletingPathExtension().lastPathComponent }
    if let exact = files.first(where: { sessionID($0) == id }) { return exact }
    let matches = files.filter { !id.isEmpty && sessionID($0).hasPrefix(id) }
    if matches.count == 1, let only = matches.first { return only }
    if matches.isEmpty {
      throw TranscriptError.sessionNotFound(query: query, folders: folders.map(\.path))
    }
    throw TranscriptError.ambiguousSession(query: query, candidates: matches.map(sessionID))
  }
}
