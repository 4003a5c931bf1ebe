import Foundation
import Programme
import Testing

/// The PostgreSQL server the database tests run against.
///
/// `make test` starts a throwaway one with `scripts/with-postgres.sh` and passes its connection
/// string in `MENTOR_COACH_TEST_POSTGRES`. Without it, the database tests are skipped.
enum TestServer {
  /// The superuser's connection string, when a server was given.
  static let connection = ProcessInfo.processInfo.environment["MENTOR_COACH_TEST_POSTGRES"]
    .flatMap { $0.isEmpty ? nil : $0 }
  /// Whether the database tests can run.
  static var isAvailable: Bool { connection != nil }
  /// Why they are skipped otherwise.
  static let skipped: Comment =
    "no PostgreSQL server for the database tests: set MENTOR_COACH_TEST_POSTGRES (make test starts one with scripts/with-postgres.sh)"
}

/// A fresh database of its own for one test, with the programme schema, dropped afterwards;
/// roles made for it have names of its own, so tests can run at once.
final class ScratchDatabase {
  /// The database's name.
  let name: String
  /// A suffix that makes role names unique to this test.
  let tag: String
  /// A superuser connection to the database.
  let admin: Database

  init(migrated: Bool = true) throws {
    let server = try #require(TestServer.connection)
    tag = String(UUID().uuidString.prefix(8)).lowercased()
    name = "mentor_coach_test_\(tag)"
    let root = try Database(ConnectionString(server))
    try root.execute("CREATE DATABASE \(name)")
    admin = try Database(ConnectionString(server + " dbname=\(name)"))
    if migrated { try SchemaMigrator().migrate(admin) }
  }

  deinit {
    guard let server = TestServer.connection,
      let root = try? Database(ConnectionString(server))
    else { return }
    try? root.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
  }

  /// The connection string of this database, as the superuser or as another role.
  func url(user: String? = nil) -> String {
    (TestServer.connection ?? "") + " dbname=\(name)" + (user.map { " user=\($0)" } ?? "")
  }

  /// A connection as another role.
  func connect(as user: String) throws -> Database {
    try Database(ConnectionString(url(user: user)))
  }

  /// Creates login roles (named with this test's tag) for mentors and reviewers with the SQL
  /// of `programme grant`, and returns their names in the order given.
  func roles(mentors: [String], reviewers: [String] = []) throws -> (
    mentors: [String], reviewers: [String]
  ) {
    let mentorRoles = mentors.map { "\($0)_\(tag)" }
    let reviewerRoles = reviewers.map { "\($0)_\(tag)" }
    // Roles belong to the whole server: one test at a time creates the shared group roles.
    try admin.query("SELECT pg_advisory_lock(4242)")
    defer { _ = try? admin.query("SELECT pg_advisory_unlock(4242)") }
    try admin.execute(Grants.sql(mentors: mentorRoles, reviewers: reviewerRoles))
    return (mentorRoles, reviewerRoles)
  }

  /// The number of rows of a table.
  func count(_ table: String) throws -> Int {
    Int(try admin.query("SELECT count(*) FROM \(table)").first?[0] ?? "") ?? -1
  }
}
