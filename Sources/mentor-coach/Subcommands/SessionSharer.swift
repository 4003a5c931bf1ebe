import Foundation
import Programme
import Review
import Transcript

/// Sends chosen sessions to the programme database and records each in the share ledger: the
/// one path behind `share` and `workshop --share`.
struct SessionSharer {
  /// The database the sessions go to.
  let target: ConnectionString
  /// Whether names are replaced by pseudonyms (and notes left out).
  let redact: Bool
  /// Whether private notes go too.
  let includeNotes: Bool
  /// The data folder (for the ledger and the names of other sessions).
  let home: URL
  /// Who shares, as recorded with each session.
  let who: String

  init(target: ConnectionString, redact: Bool, includeNotes: Bool, environment: AppEnvironment) {
    self.target = target
    self.redact = redact
    self.includeNotes = includeNotes
    self.home = environment.home
    self.who = Self.who(environment)
  }

  /// The user sharing: `$USER`, else the account name.
  static func who(_ environment: AppEnvironment) -> String {
    environment.variables["USER"] ?? ProcessInfo.processInfo.userName
  }

  /// Connects and checks that the database's schema is the one this program writes.
  ///
  /// - Throws: ``DatabaseError`` when the server cannot be reached or is not set up.
  static func connect(_ target: ConnectionString) throws -> Database {
    let database = try Database(target)
    try SchemaMigrator().requireCurrent(database)
    return database
  }

  /// Shares each session `forEach` gives, a batch at a time, so thousands of them never sit in
  /// memory at once.
  ///
  /// - Returns: How many sessions were shared.
  func share(
    to database: Database, _ forEach: ((SessionLog) throws -> Void) throws -> Void
  ) throws -> Int {
    let ledger = ShareLedger(home: home)
    let uploader = SessionUploader(database: database)
    var pending: [SharedSession] = []
    var shared = 0
    func upload() throws {
      try uploader.upload(pending) { batch in
        try ledger.append(
          batch.map {
            ShareLedger.Entry(
              action: "shared", session: $0.id, at: Self.now(), by: who, redacted: redact,
              database: target.redacted)
          })
        shared += batch.count
      }
      pending.removeAll(keepingCapacity: true)
    }
    let others = redact ? SessionIndex(home: home).names() : []
    try forEach { log in
      pending.append(try copy(log, others: others))
      if pending.count >= uploader.batchSize { try upload() }
    }
    try upload()
    return shared
  }

  /// The copy of a session that leaves: without private notes unless asked, redacted when
  /// asked (with pseudonyms numbered within the session, as `review export --redact` does,
  /// and the people of the other sessions replaced too where mentioned).
  private func copy(_ log: SessionLog, others: [String]) throws -> SharedSession {
    var log = log
    if !includeNotes {
      log.events.removeAll { if case .note = $0.payload { true } else { false } }
    }
    var redactor = Redactor(alsoReplacing: others)
    let copy = try SharedSession(
      log: redact ? redactor.redact(log) : log, sharedBy: who, redacted: redact)
    RedactionWarning.warn(redactor.remainingNames)
    return copy
  }

  /// Milliseconds since 1970, as the ledger records them.
  static func now() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded())
  }
}
