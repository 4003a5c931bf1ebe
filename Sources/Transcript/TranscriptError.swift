public import Foundation

/// Everything that can go wrong when writing, reading or finding transcripts.
///
/// Each case carries the path and the reason, so that its description is a complete
/// sentence such as `cannot write to /x/sessions: Permission denied`.
public enum TranscriptError: Error, Equatable, LocalizedError {
  /// A folder could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// A file or folder could not be written to.
  case cannotWrite(path: String, reason: String)
  /// A file or folder could not be read.
  case cannotRead(path: String, reason: String)
  /// The file holds no `started` event before its other events.
  case notATranscript(path: String)
  /// No session file matches what was asked for.
  case sessionNotFound(query: String, folders: [String])
  /// More than one session file starts with what was asked for.
  case ambiguousSession(query: String, candidates: [String])
  /// Another process holds the session's lock: it is open in another window.
  case sessionInUse(path: String)

  /// A one-line description naming the path and the reason.
  public var errorDescription: String? {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      "cannot create folder \(path): \(reason)"
    case .cannotWrite(let path, let reason):
      "cannot write to \(path): \(reason)"
    case .cannotRead(let path, let reason):
      "cannot read \(path): \(reason)"
    case .notATranscript(let path):
      "\(path) is not a MentorCoach transcript"
    case .sessionNotFound(let query, let folders):
      "no session matches '\(query)' in \(folders.joined(separator: ", "))"
    case .ambiguousSession(let query, let candidates):
      "'\(query)' matches \(candidates.count) sessions: \(candidates.joined(separator: ", "))"
    case .sessionInUse(let path):
      "this session is open in another window (\(Self.sessionID(path))); leave it there with :quit, then resume it here"
    }
  }

  private static func sessionID(_ path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }
}
