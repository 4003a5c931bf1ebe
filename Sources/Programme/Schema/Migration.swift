/// One step of the programme database's schema, applied once, in order, by
/// `mentor-coach programme init`.
///
/// Migrations are checked in, one file per version under `Migrations/`, and never edited once
/// released: a change to the schema is a new version. `schema_version` records which have
/// been applied, and when.
public struct Migration: Sendable, Equatable {
  /// The version this migration brings the schema to, counting from 1.
  public var version: Int
  /// What it does, in a few words.
  public var name: String
  /// The statements, fixed text with no values from outside.
  public var sql: String

  /// Every migration, oldest first.
  public static let all: [Migration] = [.extensions, .sessions]
}

extension Migration {
  /// Version 0: the trigram extension that indexes substring search of answers.
  ///
  /// `pg_trgm` ships with PostgreSQL and is trusted (since PostgreSQL 13), so the database's
  /// owner may create it.
  static let extensions = Migration(
    version: 0, name: "the pg_trgm extension",
    sql: "CREATE EXTENSION IF NOT EXISTS pg_trgm;")
}
