import Foundation

/// The SQL a database administrator runs to give people their roles: `programme grant`.
///
/// Two group roles hold the privileges: `mentor_coach_mentor` may add, change and withdraw
/// rows (the row-level security policies of the schema keep each login to its own rows), and
/// `mentor_coach_reviewer` may read every row. Each person then gets a login role of their own
/// that is a member of one of them. The program prints this SQL rather than running it,
/// because creating roles needs a privilege the programme's users should not have.
public enum Grants {
  /// The group role of mentors, who share their own sessions.
  public static let mentorRole = "mentor_coach_mentor"
  /// The group role of reviewers, who read every shared session.
  public static let reviewerRole = "mentor_coach_reviewer"

  /// The statements, ending in a newline.
  ///
  /// - Parameters:
  ///   - mentors: Login roles to create as mentors.
  ///   - reviewers: Login roles to create as reviewers.
  /// - Returns: SQL for `psql`.
  public static func sql(mentors: [String] = [], reviewers: [String] = []) -> String {
    var lines = [
      "-- MentorCoach programme roles: run as a database administrator, after `programme init`.",
      createRole(mentorRole, login: false, member: nil),
      createRole(reviewerRole, login: false, member: nil),
      "GRANT USAGE ON SCHEMA public TO \(mentorRole), \(reviewerRole);",
      "GRANT SELECT ON schema_version TO \(mentorRole), \(reviewerRole);",
      "GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, events, answers TO \(mentorRole);",
      "GRANT SELECT ON sessions, events, answers TO \(reviewerRole);",
    ]
    if !mentors.isEmpty || !reviewers.isEmpty {
      lines.append("-- Each person logs in as their own role; set a password with \\password NAME.")
    }
    lines += mentors.map { createRole($0, login: true, member: mentorRole) }
    lines += reviewers.map { createRole($0, login: true, member: reviewerRole) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// True for a name this command will put in SQL: a letter, then letters, digits, `_`, `.`,
  /// `-` or `@`, at most 63 bytes (PostgreSQL's limit).
  public static func isValidRoleName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, name.utf8.count <= 63,
      CharacterSet.letters.contains(first)
    else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "_.-@".unicodeScalars.contains($0))
    }
  }

  /// A role created only when missing, so the SQL can run again.
  private static func createRole(_ name: String, login: Bool, member: String?) -> String {
    let identifier = quoteIdentifier(name)
    let options = login ? "LOGIN" : "NOLOGIN"
    return """
      DO $grant$ BEGIN CREATE ROLE \(identifier) \(options);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN RAISE NOTICE 'role % exists', \(quoteLiteral(name));
      END $grant$;
      """
        + (member.map { "\nGRANT \($0) TO \(identifier);" } ?? "")
  }

  /// A name as an SQL identifier: in double quotes, inner quotes doubled.
  public static func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A text as an SQL literal: in single quotes, inner quotes doubled (standard strings).
  static func quoteLiteral(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
