import ArgumentParser
import Foundation
import Programme
import Review
import Transcript

extension MentorCoach {
  /// `share`: copy sessions, by consent, into the programme database; list and withdraw them.
  struct Share: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Share sessions with your programme's database, list them, or withdraw them.",
      discussion:
        "Nothing leaves this machine unless you name it here. Each share and withdrawal is recorded in shares.jsonl in the data folder; sharing again is harmless."
    )

    @Argument(
      help: ArgumentHelp("Session ids (or unique starts of them) to share.", valueName: "session"))
    var sessions: [String] = []
    @Flag(help: "Share every finished session.")
    var allFinished = false
    @Flag(help: "Replace names by pseudonyms and leave notes out before sharing.")
    var redact = false
    @Flag(help: "Share your private notes too; they are left out unless asked for.")
    var includeNotes = false
    @Flag(help: "List what you shared and withdrew.")
    var list = false
    @Option(
      help: ArgumentHelp("Delete a shared session from the database.", valueName: "session"))
    var withdraw: String?
    @Option(
      help: ArgumentHelp(
        "The programme database, a postgresql:// URL (also MENTOR_COACH_DB or ~/.config/mentor-coach/db).",
        valueName: "url"))
    var to: String?
    @OptionGroup var common: CommonOptions

    func validate() throws {
      let modes = [!sessions.isEmpty || allFinished, list, withdraw != nil].filter { $0 }.count
      guard modes == 1 else {
        throw ValidationError(
          "give sessions to share (or --all-finished), or --list, or --withdraw SESSION")
      }
      if redact && includeNotes {
        throw ValidationError(
          "--include-notes cannot be used with --redact, which leaves notes out")
      }
      if allFinished && !sessions.isEmpty {
        throw ValidationError("give either sessions or --all-finished, not both")
      }
    }

    func run() throws {
      let environment = try common.environment()
      DataFolderCheck.warnIfOpen(environment.home)
      let ledger = ShareLedger(home: environment.home)
      if list { return Console.out(Self.render(ledger.latest())) }
      let target = try ConnectionString.resolve(option: to, environment: environment.variables)
      let database = try SessionSharer.connect(target)
      if let withdraw {
        return try self.withdraw(
          withdraw, database, ledger, who: SessionSharer.who(environment))
      }
      let sharer = SessionSharer(
        target: target, redact: redact, includeNotes: includeNotes, environment: environment)
      let shared = try sharer.share(to: database) { body in
        try forEachChosen(SessionIndex(home: environment.home), body)
      }
      let noun = shared == 1 ? "session" : "sessions"
      Console.out(
        "shared \(shared) \(noun)\(redact ? ", redacted," : "") with \(target.redacted)")
    }

    /// Calls `body` with each session named, or each finished one, in order.
    private func forEachChosen(_ index: SessionIndex, _ body: (SessionLog) throws -> Void) throws {
      guard allFinished else {
        for session in sessions { try body(TranscriptReader.read(index.locate(session))) }
        return
      }
      let (files, listed) = index.sessionFiles()
      var failure: (any Error)?
      let problems = SessionCatalog.forEachLog(files) { log in
        guard failure == nil, log.isFinished else { return }
        do { try body(log) } catch { failure = error }
      }
      ReviewSources.report(listed + problems)
      if let failure { throw failure }
    }

    private func withdraw(
      _ query: String, _ database: Database, _ ledger: ShareLedger, who: String
    ) throws {
      let known = Set(ledger.entries().map(\.session))
      let matches = known.filter { $0.hasPrefix(query) }
      let id = known.contains(query) ? query : (matches.count == 1 ? matches.first ?? query : query)
      let deleted = try SessionUploader(database: database).withdraw([id])
      guard deleted == [id] else {
        throw Failure.input(
          "\(Sanitizer.forTerminal(id)) is not among your sessions in the programme database; nothing was withdrawn"
        )
      }
      try ledger.append([
        ShareLedger.Entry(
          action: "withdrawn", session: id, at: SessionSharer.now(), by: who, redacted: nil,
          database: database.target.redacted)
      ])
      Console.out("withdrew \(Sanitizer.forTerminal(id)) from \(database.target.redacted)")
    }

    /// `share --list`: each session's latest share or withdrawal.
    static func render(_ entries: [ShareLedger.Entry]) -> String {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.dateFormat = "yyyy-MM-dd HH:mm"
      let rows = entries.map { entry in
        [
          formatter.string(from: entry.date), entry.action,
          entry.redacted == true ? "redacted" : (entry.action == "shared" ? "as written" : "-"),
          entry.database, entry.session,
        ].map { Sanitizer.forTerminal($0) }
      }
      let header = ["WHEN", "STATE", "COPY", "DATABASE", "SESSION"]
      return TextTable(alignments: Array(repeating: .left, count: header.count)).render(
        [header] + rows)
    }
  }
}
