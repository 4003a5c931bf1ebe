import CEditLine
import Foundation
import Glibc

/// The two libedit histories behind an ``EditLineReader``.
///
/// `session` is attached to the editor and holds every line of this session, for Up and Down
/// recall. `persistent` holds only the entries the caller chose to keep on disk (see
/// ``LineReader/addHistory(_:persistedAs:)``); it is what gets saved, so free text never reaches
/// the file. A new session starts with the persistent entries only.
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
    }
    if let file, Self.isRegularFile(file) {
      // H_LOAD fails when the file does not exist yet; that is the normal first run.
      for history in [session, persistent] { _ = cel_history_load(history, file.path) }
    }
  }

  /// Adds `line` to the session history and, when `entry` is given, saves `entry` to the file.
  func add(_ line: String, persistedAs entry: String?) {
    guard !isClosed, !line.allSatisfy(\.isWhitespace) else { return }
    _ = cel_history_enter(session, HistoryLimits.capped(line))
    guard let entry, !entry.allSatisfy(\.isWhitespace), let file else { return }
    _ = cel_history_enter(persistent, HistoryLimits.capped(entry))
    save(to: file)
  }

  /// Writes the persistent history to a new temporary file beside `file` (created with
  /// `O_EXCL` and mode 0600, so a planted link is never followed), then renames it into place.
  private func save(to file: URL) {
    let directory = file.deletingLastPathComponent()
    try? FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    var template = Array((file.path + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { return }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    fchmod(descriptor, 0o600)
    guard let stream = fdopen(descriptor, "w") else {
      Glibc.close(descriptor)
      unlink(temporary)
      return
    }
    let saved = cel_history_save_fp(persistent, stream) >= 0
    let flushed = fflush(stream) == 0 && fsync(descriptor) == 0
    let closed = fclose(stream) == 0
    if !(saved && flushed && closed) || rename(temporary, file.path) != 0 { unlink(temporary) }
  }

  /// Whether `file` is a regular file (not a link, a FIFO or a device), so loading cannot hang.
  private static func isRegularFile(_ file: URL) -> Bool {
    var info = stat()
    return lstat(file.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// Frees both histories; call after `el_end`.
  func close() {
    guard !isClosed else { return }
    isClosed = true
    history_end(session)
    history_end(persistent)
  }
}
