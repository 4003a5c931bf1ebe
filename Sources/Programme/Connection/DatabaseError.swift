public import Foundation

/// What went wrong talking to a programme database, as a sentence that never holds a password.
///
/// Every message libpq or the server gives is passed through ``ConnectionString/scrub(_:)``
/// before it is stored here, so printing an error can never leak a secret from the connection
/// string.
public struct DatabaseError: Error, LocalizedError, Equatable, Sendable {
  /// The SQLSTATE code, when the server sent one (`42501` is a refused privilege).
  public var sqlState: String?
  /// The message, already scrubbed.
  public var message: String

  /// Creates an error from a message that is already free of secrets.
  ///
  /// - Parameters:
  ///   - message: The sentence.
  ///   - sqlState: The server's SQLSTATE, if any.
  public init(_ message: String, sqlState: String? = nil) {
    self.message = message
    self.sqlState = sqlState
  }

  /// The message, for `localizedDescription`.
  public var errorDescription: String? { message }

  /// True when the server refused for lack of privilege or a row-level security policy.
  public var isRefusal: Bool { sqlState == "42501" }
}
