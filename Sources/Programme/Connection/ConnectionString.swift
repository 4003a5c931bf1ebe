import CLibPQ
public import Foundation

/// A connection string for the programme database (a `postgresql://` URL or libpq's
/// `key=value` form), with the rules MentorCoach holds it to.
///
/// - Where it comes from: `--db`, else `MENTOR_COACH_DB`, else the first line of the config
///   file `$XDG_CONFIG_HOME/mentor-coach/db` (default `~/.config/mentor-coach/db`), which must
///   be readable by its owner only (mode 0600 or stricter).
/// - It never appears in output: ``redacted`` keeps only the user, host, port and database,
///   and ``scrub(_:)`` removes the password from any text before it is shown.
/// - Anything but a local socket or the loopback address is reached over TLS: a string that
///   does not say `sslmode` gets `sslmode=require`, and one that asks for `disable`, `allow`
///   or `prefer` is refused.
public struct ConnectionString: Sendable, Equatable {
  /// The string as given.
  public var raw: String
  /// Its parsed parameters (`host`, `user`, `password`, `sslmode`…), those that were set.
  public var parameters: [String: String]

  /// Parses a connection string.
  ///
  /// - Parameter raw: A `postgresql://` URL or `key=value` pairs.
  /// - Throws: ``DatabaseError`` when libpq cannot parse it (the message never repeats it).
  public init(_ raw: String) throws {
    self.raw = raw
    var message: UnsafeMutablePointer<CChar>?
    guard let options = PQconninfoParse(raw, &message) else {
      let reason = message.map { String(cString: $0) } ?? "it cannot be parsed"
      if let message { PQfreemem(message) }
      throw DatabaseError(
        "the database connection string is not valid: "
          + Self.scrub(reason.trimmingCharacters(in: .whitespacesAndNewlines), secrets: [raw]))
    }
    defer { PQconninfoFree(options) }
    var parameters: [String: String] = [:]
    var option = options
    while let keyword = option.pointee.keyword {
      if let value = option.pointee.val {
        parameters[String(cString: keyword)] = String(cString: value)
      }
      option += 1
    }
    self.parameters = parameters
  }

  /// Where the string comes from, in order: the option, the environment, the config file.
  ///
  /// - Parameters:
  ///   - option: `--db` or `--to`, when given.
  ///   - environment: The environment variables (`MENTOR_COACH_DB`, `XDG_CONFIG_HOME`, `HOME`).
  /// - Returns: The connection string.
  /// - Throws: ``DatabaseError`` when none is given, or the config file is readable by others.
  public static func resolve(option: String?, environment: [String: String]) throws
    -> ConnectionString
  {
    if let option, !option.isEmpty { return try ConnectionString(option) }
    if let variable = environment["MENTOR_COACH_DB"], !variable.isEmpty {
      return try ConnectionString(variable)
    }
    let file = configFile(environment: environment)
    guard FileManager.default.fileExists(atPath: file.path) else {
      throw DatabaseError(
        "no programme database given: pass --db URL, set MENTOR_COACH_DB, or write the URL in \(file.path) (mode 0600)"
      )
    }
    let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
    let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
    guard mode & 0o077 == 0 else {
      throw DatabaseError(
        "\(file.path) may be read by others (mode \(String(mode, radix: 8))); it holds a password, so make it 0600 with: chmod 600 \(file.path)"
      )
    }
    guard let text = try? String(contentsOf: file, encoding: .utf8),
      let line = text.split(whereSeparator: \.isNewline).first.map({
        $0.trimmingCharacters(in: .whitespaces)
      }), !line.isEmpty
    else { throw DatabaseError("\(file.path) holds no connection string") }
    return try ConnectionString(line)
  }

  /// `$XDG_CONFIG_HOME/mentor-coach/db`, else `~/.config/mentor-coach/db`.
  public static func configFile(environment: [String: String]) -> URL {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return URL(fileURLWithPath: config).appendingPathComponent("mentor-coach/db")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home).appendingPathComponent(".config/mentor-coach/db")
  }

  /// True when every host is a Unix socket folder or the loopback address.
  public var isLocal: Bool {
    let hosts = (parameters["hostaddr"] ?? parameters["host"] ?? "").split(separator: ",")
    guard !hosts.isEmpty else { return true }
    return hosts.allSatisfy { host in
      host.hasPrefix("/") || host.hasPrefix("@")
        || ["localhost", "127.0.0.1", "::1"].contains(host)
    }
  }

  /// The `sslmode` to connect with: as given, or `require` for a remote server.
  ///
  /// - Throws: ``DatabaseError`` when a remote server would be reached without TLS.
  public func sslMode() throws -> String? {
    let given = parameters["sslmode"]
    guard !isLocal else { return given }
    switch given {
    case nil: return "require"
    case "require", "verify-ca", "verify-full": return given
    default:
      throw DatabaseError(
        "the programme database at \(redacted) is not local, so it must be reached over TLS: use sslmode=require (or verify-full), not sslmode=\(given ?? "")"
      )
    }
  }

  /// The string without its secret, for messages: `user@host:port/dbname`.
  public var redacted: String {
    let user = parameters["user"].map { $0 + "@" } ?? ""
    let host = parameters["host"] ?? parameters["hostaddr"] ?? "local socket"
    let port = parameters["port"].map { ":" + $0 } ?? ""
    let name = parameters["dbname"].map { "/" + $0 } ?? ""
    return user + host + port + name
  }

  /// The secrets this string holds: its password, and the whole string itself.
  public var secrets: [String] {
    [raw] + (parameters["password"].map { [$0] } ?? [])
  }

  /// Removes this string's secrets from a text.
  ///
  /// - Parameter text: A message from libpq or the server.
  /// - Returns: The text with the password and the string itself replaced by `***`.
  public func scrub(_ text: String) -> String {
    Self.scrub(text, secrets: secrets)
  }

  /// Removes secrets from a text, longest first, and any `password=…` or `user:…@` left in it.
  static func scrub(_ text: String, secrets: [String]) -> String {
    var result = text
    for secret in secrets.sorted(by: { $0.count > $1.count }) where secret.count >= 1 {
      result = result.replacingOccurrences(of: secret, with: "***")
    }
    result = result.replacingOccurrences(
      of: #"password\s*=\s*('[^']*'|\S+)"#, with: "password=***", options: .regularExpression)
    return result.replacingOccurrences(
      of: #"(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@"#, with: "$1:***@",
      options: .regularExpression)
  }
}
