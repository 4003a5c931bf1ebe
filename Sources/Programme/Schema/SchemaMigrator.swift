/// Creates and upgrades the schema of a programme database: `mentor-coach programme init`.
///
/// It runs every migration newer than the database's `schema_version`, each in a transaction
/// of its own with its row in `schema_version`, under an advisory lock so that two `init`s
/// at once do not both apply one. Running it again on an up-to-date database changes nothing.
public struct SchemaMigrator {
  /// The migrations to apply, oldest first.
  public var migrations: [Migration]

  /// Creates a migrator.
  ///
  /// - Parameter migrations: Oldest first; ``Migration/all`` by default.
  public init(migrations: [Migration] = Migration.all) {
    self.migrations = migrations
  }

  /// The newest version, which a database is at after ``migrate(_:)``.
  public var latestVersion: Int { migrations.map(\.version).max() ?? -1 }

  /// Applies the migrations the database lacks.
  ///
  /// - Parameter database: The connection; its role must be allowed to create tables.
  /// - Returns: The migrations applied now, oldest first; empty when it was up to date.
  /// - Throws: ``DatabaseError``; a failing migration is rolled back whole.
  @discardableResult
  public func migrate(_ database: Database) throws -> [Migration] {
    try database.execute(
      """
      CREATE TABLE IF NOT EXISTS schema_version (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
      """)
    try database.query("SELECT pg_advisory_lock($1)", [String(Self.lockKey)])
    defer { _ = try? database.query("SELECT pg_advisory_unlock($1)", [String(Self.lockKey)]) }
    let applied = Set(
      try database.query("SELECT version FROM schema_version").compactMap {
        $0[0].flatMap(Int.init)
      })
    var done: [Migration] = []
    for migration in migrations.sorted(by: { $0.version < $1.version })
    where !applied.contains(migration.version) {
      try database.transaction {
        try database.execute(migration.sql)
        try database.query(
          "INSERT INTO schema_version (version, name) VALUES ($1, $2)",
          [String(migration.version), migration.name])
      }
      done.append(migration)
    }
    return done
  }

  /// The version the database is at, or nil when it has no schema yet.
  ///
  /// - Parameter database: The connection.
  /// - Returns: The highest applied version.
  /// - Throws: ``DatabaseError``.
  public static func version(of database: Database) throws -> Int? {
    let exists = try database.query("SELECT to_regclass('schema_version') IS NOT NULL")
    guard exists.first?[0] == "t" else { return nil }
    return try database.query("SELECT max(version) FROM schema_version").first?[0].flatMap(Int.init)
  }

  /// Fails unless the database has the schema this program needs.
  ///
  /// - Parameter database: The connection.
  /// - Throws: ``DatabaseError`` naming `programme init` as the remedy.
  public func requireCurrent(_ database: Database) throws {
    let version = try Self.version(of: database)
    guard let version, version >= latestVersion else {
      throw DatabaseError(
        "the programme database has \(version.map { "schema version \($0)" } ?? "no schema"); run `mentor-coach programme init --db URL` (this program needs version \(latestVersion))"
      )
    }
  }

  /// The advisory lock that serialises migrations: "mentorco" in ASCII.
  static let lockKey: Int64 = 0x6d65_6e74_6f72_636f
}
