import CEditLine
import Foundation
import Glibc

/// The two libedit histories behind an ``EditLineReader``.
///
/// `session` is attached to the editor and holds everything the caller added, for Up and Down
/// recall. `persistent` holds only the entries meant for disk; it is what gets saved, so free
/// text added with `persist: false` never reaches the file.
final class HistoryStore {
  let session: OpaquePointer
  private let persistent: OpaquePointer
  private let file: URL?
  private var isClosed = false

  init?(file: URL?) {
    guard let session = history_init() else { return nil }
    guard let persistent = history_init() else {
      history_end(session)
      return nil
    }
    self.session = session
    self.persistent = persistent
    self.file = file
    for history in [session, persistent] {
      _ = cel_history_setsize(history, Int32(HistoryLimits.maximumEntries))
      _ = cel_history_setunique(history, 1)
      if let file {
        // H_LOAD fails when the file does not exist yet; that is the normal first run.
        _ = cel_history_load(history, file.path)
      }
    }
  }

  /// Adds an entry to the session history and, if `persist`, saves it to the file.
  func add(_ line: String, persist: Bool) {
    guard !isClosed, !line.allSatisfy(\.isWhitespace) else { return }
    let entry = HistoryLimits.capped(line)
    _ = cel_history_enter(session, entry)
    guard persist, let file else { return }
    _ = cel_history_enter(persistent, entry)
    save(to: file)
  }

  /// Writes the persistent history next to `file`, then renames it into place (mode 0600).
  private func save(to file: URL) {
    let directory = file.deletingLastPathComponent()
    try? FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let temporary = file.path + ".tmp"
    guard cel_history_save(persistent, temporary) >= 0 else {
      unlink(temporary)
      return
    }
    chmod(temporary, 0o600)
    if rename(temporary, file.path) != 0 { unlink(temporary) }
  }

  /// Frees both histories; call after `el_end`.
  func close() {
    guard !isClosed else { return }
    isClosed = true
    history_end(session)
    history_end(persistent)
  }
}
