import Foundation

/// Values as JSON text, the form in which rows travel to the database as one parameter.
enum JSON {
  /// What a NUL character in a transcript becomes in the database.
  ///
  /// PostgreSQL's `text` and `jsonb` cannot hold U+0000, so it is stored as U+2400 SYMBOL FOR
  /// NULL (`␀`), written `\u2400` in JSON. The local transcript keeps the NUL.
  static let nulStandIn = #"\u2400"#

  /// A value as JSON text, with NUL characters replaced (see ``nulStandIn``).
  static func text(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return replacingNUL(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// JSON text with each `\u0000` escape replaced by ``nulStandIn``; an escaped backslash
  /// followed by `u0000` (the six characters a person typed) is left alone.
  static func replacingNUL(_ json: String) -> String {
    guard json.contains(#"\u0000"#) else { return json }
    var result = ""
    result.reserveCapacity(json.utf8.count)
    var rest = Substring(json)
    while let slash = rest.firstIndex(of: "\\") {
      result += rest[..<slash]
      let escape = rest[slash...]
      if escape.hasPrefix(#"\u0000"#) {
        result += nulStandIn
        rest = escape.dropFirst(6)
      } else {
        result += escape.prefix(2)
        rest = escape.dropFirst(2)
      }
    }
    result += rest
    return result
  }
}
