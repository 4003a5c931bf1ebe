import Foundation
import Transcript

/// Escapes text from transcripts for each output format; every renderer goes through here.
///
/// Each function first makes control characters visible with
/// ``Sanitizer/forTerminal(_:keeping:)`` (so nothing from a transcript can act on a terminal,
/// and XML never meets a character it forbids), then applies the format's own escaping.
enum Escape {
  /// Text for a terminal, as ``Sanitizer/forTerminal(_:keeping:)`` makes it, with a fast path
  /// for the common case of printable ASCII, which needs no change.
  static func terminal(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    return Sanitizer.forTerminal(text)
  }

  /// Text for HTML and XHTML element content and attribute values.
  static func html(_ text: String) -> String {
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
        && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
    }
    if plain { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in Sanitizer.forTerminal(text, keeping: [.newlines, .tabs]) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Inline Markdown: the punctuation Markdown acts on inline is backslash-escaped, and `<`,
  /// `>` and `&` become entities so no HTML can pass through; newlines become `<br/>`, so the
  /// text stays inside the line or table cell it is placed in.
  static func markdown(_ text: String) -> String {
    var result = ""
    for character in Sanitizer.forTerminal(text, keeping: [.newlines]) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\n": result += "<br/>"
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }

  /// One CSV field (RFC 4180): quoted when needed, with a leading `'` before `=`, `+`, `-`, `@`
  /// so that a spreadsheet never runs it as a formula.
  static func csv(_ text: String) -> String {
    var value = Sanitizer.forTerminal(text, keeping: [.newlines])
    if let first = value.first, "=+-@".contains(first) { value = "'" + value }
    guard value.contains(where: { "\",\n\r".contains($0) }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A YAML double-quoted scalar; every scalar that is not plainly printable is escaped.
  static func yaml(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if Sanitizer.isUnsafe(scalar) || scalar.value == 0xFEFF {
          result += "\\u" + hex(scalar.value, width: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// JSON text with every scalar unsafe for a terminal written as `\uXXXX`; the JSON encoder
  /// escapes C0 controls but lets C1 and bidirectional controls through raw.
  static func jsonSafe(_ json: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if Sanitizer.isUnsafe(scalar) && scalar != "\n" {
        result.append(contentsOf: ("\\u" + hex(scalar.value, width: 4)).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
