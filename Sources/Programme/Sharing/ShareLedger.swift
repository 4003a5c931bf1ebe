public import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The local record of what was shared and withdrawn: `HOME/shares.jsonl`, one JSON line per
/// share or withdrawal, mode 0600, each line flushed to disk before the command reports it.
///
/// It is the mentor's own account of their consent (`share --list`); the database holds the
/// copies. A session's state is its last entry.
public struct ShareLedger: Sendable {
  /// One share or withdrawal.
  public struct Entry: Codable, Equatable, Sendable {
    /// `shared` or `withdrawn`.
    public var action: String
    /// The session id.
    public var session: String
    /// When, as milliseconds since 1970.
    public var at: Int64
    /// Who: the login name on this machine.
    public var by: String?
    /// Whether the copy was redacted (for `shared`).
    public var redacted: Bool?
    /// The database, without its password (`user@host/dbname`).
    public var database: String

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - action: `shared` or `withdrawn`.
    ///   - session: The session id.
    ///   - at: When, as milliseconds since 1970.
    ///   - by: Who.
    ///   - redacted: Whether the copy was redacted.
    ///   - database: The database without its password.
    public init(
      action: String, session: String, at: Int64, by: String?, redacted: Bool?, database: String
    ) {
      self.action = action
      self.session = session
      self.at = at
      self.by = by
      self.redacted = redacted
      self.database = database
    }

    /// When, as a date.
    public var date: Date { Date(timeIntervalSince1970: Double(at) / 1000) }
  }

  /// The file.
  public var fileURL: URL

  /// The ledger of a data folder.
  ///
  /// - Parameter home: The data folder (`--home`).
  public init(home: URL) {
    fileURL = home.appendingPathComponent("shares.jsonl")
  }

  /// Appends entries and flushes them to disk.
  ///
  /// - Parameter entries: The entries, in order.
  /// - Throws: ``DatabaseError`` naming the file when it cannot be written.
  public func append(_ entries: [Entry]) throws {
    guard !entries.isEmpty else { return }
    let folder = fileURL.deletingLastPathComponent().path
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let descriptor = open(
      fileURL.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw failure("cannot be opened") }
    defer { close(descriptor) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes: [UInt8] = []
    for entry in entries {
      bytes += try encoder.encode(entry)
      bytes.append(0x0A)
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { throw failure("cannot be written") }
      offset += written
    }
    guard fsync(descriptor) == 0 else { throw failure("cannot be flushed to disk") }
  }

  /// Every entry, oldest first; a missing file has none, an unreadable line is skipped.
  public func entries() -> [Entry] {
    guard let data = FileManager.default.contents(atPath: fileURL.path) else { return [] }
    let decoder = JSONDecoder()
    return data.split(separator: 0x0A).compactMap { try? decoder.decode(Entry.self, from: $0) }
  }

  /// Each session's latest entry, in order of that entry.
  public func latest() -> [Entry] {
    var last: [String: Int] = [:]
    let all = entries()
    for (index, entry) in all.enumerated() { last[entry.session] = index }
    return all.enumerated().filter { last[$0.element.session] == $0.offset }.map(\.element)
  }

  private func failure(_ what: String) -> DatabaseError {
    DatabaseError("\(fileURL.path) \(what): \(String(cString: strerror(errno)))")
  }
}
