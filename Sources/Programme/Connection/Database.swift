import CLibPQ
import Foundation

/// One connection to the programme database through libpq.
///
/// Every statement that carries a value from outside is sent with `PQexecParams`: the values
/// travel apart from the SQL text, as parameters `$1`, `$2`…, so no answer, name or id can
/// ever change a statement. Values are text (libpq's text format); `nil` is SQL `NULL`.
///
/// A connection is used from one thread at a time; it closes when released.
public final class Database {
  private let connection: OpaquePointer
  /// The connection string, kept to scrub its secrets from messages.
  public let target: ConnectionString

  /// Connects, with `sslmode=require` for a remote server (see ``ConnectionString``).
  ///
  /// - Parameter target: The connection string.
  /// - Throws: ``DatabaseError`` when the server cannot be reached or refuses; its message
  ///   names the server without the password.
  public init(_ target: ConnectionString) throws {
    self.target = target
    var keywords = ["dbname", "application_name", "client_encoding"]
    var values = [target.raw, "mentor-coach", "UTF8"]
    if let mode = try target.sslMode() {
      keywords.append("sslmode")
      values.append(mode)
    }
    let connection = Self.withCStrings(keywords) { keys in
      Self.withCStrings(values) { vals in PQconnectdbParams(keys, vals, 1) }
    }
    guard let connection else { throw DatabaseError("out of memory connecting to the database") }
    guard PQstatus(connection) == CONNECTION_OK else {
      let reason = String(cString: PQerrorMessage(connection))
      PQfinish(connection)
      let line = reason.split(whereSeparator: \.isNewline).first.map(String.init) ?? reason
      throw DatabaseError(
        "cannot connect to the programme database at \(target.redacted): "
          + target.scrub(line.trimmingCharacters(in: .whitespaces)))
    }
    self.connection = connection
    // The server's notices ("already exists, skipping") are not the user's business.
    try execute("SET client_min_messages TO warning")
  }

  deinit {
    PQfinish(connection)
  }

  /// Runs one statement with its values as parameters and returns every row.
  ///
  /// - Parameters:
  ///   - sql: The statement, with `$1`, `$2`… where the values go; never built from user text.
  ///   - parameters: The values, as text; `nil` is `NULL`.
  /// - Returns: The rows, each value as text or `nil` for `NULL`.
  /// - Throws: ``DatabaseError`` with the server's message and SQLSTATE.
  @discardableResult
  public func query(_ sql: String, _ parameters: [String?] = []) throws -> Rows {
    let result = send(sql, parameters)
    defer { PQclear(result) }
    try check(result)
    return Rows(result)
  }

  /// Runs statements that take no values (a migration, `BEGIN`), several at once.
  ///
  /// - Parameter sql: Fixed SQL text, never built from user text.
  /// - Throws: ``DatabaseError``.
  public func execute(_ sql: String) throws {
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    try check(result)
  }

  /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
  ///
  /// - Parameter body: The work.
  /// - Returns: What `body` returns.
  /// - Throws: What `body` throws, or ``DatabaseError``.
  public func transaction<Value>(_ body: () throws -> Value) throws -> Value {
    try execute("BEGIN")
    do {
      let value = try body()
      try execute("COMMIT")
      return value
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// Runs a query in libpq's single-row mode and hands each row to `body` as it arrives, so a
  /// large result is never held in memory at once.
  ///
  /// - Parameters:
  ///   - sql: The statement.
  ///   - parameters: Its values.
  ///   - body: Called with each row in order.
  /// - Throws: ``DatabaseError``, or what `body` throws (the rest of the result is drained).
  public func stream(
    _ sql: String, _ parameters: [String?] = [], _ body: ([String?]) throws -> Void
  )
    throws
  {
    let sent = Self.withParameters(parameters) { count, values in
      PQsendQueryParams(connection, sql, count, nil, values, nil, nil, 0)
    }
    guard sent == 1 else { throw failure(nil) }
    PQsetSingleRowMode(connection)
    var problem: (any Error)?
    while let result = PQgetResult(connection) {
      defer { PQclear(result) }
      guard problem == nil else { continue }
      switch PQresultStatus(result) {
      case PGRES_SINGLE_TUPLE:
        do { try body(Rows(result).first ?? []) } catch { problem = error }
      case PGRES_TUPLES_OK, PGRES_COMMAND_OK: break
      default: problem = failure(result)
      }
    }
    if let problem { throw problem }
  }

  private func send(_ sql: String, _ parameters: [String?]) -> OpaquePointer? {
    Self.withParameters(parameters) { count, values in
      PQexecParams(connection, sql, count, nil, values, nil, nil, 0)
    }
  }

  private func check(_ result: OpaquePointer?) throws {
    switch PQresultStatus(result) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
    default: throw failure(result)
    }
  }

  private func failure(_ result: OpaquePointer?) -> DatabaseError {
    var message = String(cString: PQerrorMessage(connection))
    var state: String?
    if let result {
      if let text = PQresultErrorMessage(result), text.pointee != 0 {
        message = String(cString: text)
      }
      state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
    }
    let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "unknown error"
    return DatabaseError(
      target.scrub(line.replacingOccurrences(of: "ERROR:  ", with: "")), sqlState: state)
  }

  /// Calls `body` with the values as a C array of strings (NULL for `nil`, and a NULL after
  /// the last) that lives for the call.
  private static func withParameters<Result>(
    _ parameters: [String?], _ body: (Int32, UnsafePointer<UnsafePointer<CChar>?>) -> Result
  ) -> Result {
    let pointers = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(
      capacity: parameters.count + 1)
    for (index, value) in parameters.enumerated() {
      pointers[index] = value.map { UnsafePointer(strdup($0)) }
    }
    pointers[parameters.count] = nil
    defer {
      for index in 0..<parameters.count { free(UnsafeMutablePointer(mutating: pointers[index])) }
      pointers.deallocate()
    }
    return body(Int32(parameters.count), pointers)
  }

  private static func withCStrings<Result>(
    _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
  ) -> Result {
    withParameters(strings.map { Optional($0) }) { _, pointers in body(pointers) }
  }
}

/// The rows of a result, copied out of libpq: each value as text, `nil` for `NULL`.
public struct Rows: RandomAccessCollection, Sendable {
  private var rows: [[String?]]

  init(_ result: OpaquePointer?) {
    let count = Int(PQntuples(result))
    let fields = Int(PQnfields(result))
    rows = (0..<count).map { row in
      (0..<fields).map { field in
        PQgetisnull(result, Int32(row), Int32(field)) == 1
          ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(field)))
      }
    }
  }

  /// The first row's position, 0.
  public var startIndex: Int { rows.startIndex }
  /// One past the last row's position.
  public var endIndex: Int { rows.endIndex }
  /// One row: its values in the order of the columns selected.
  public subscript(position: Int) -> [String?] { rows[position] }
}
