/// Makes text from a transcript safe to print on a terminal.
///
/// Nothing read from a transcript reaches a terminal raw. Every Unicode scalar that could
/// move the cursor, change colours, set the clipboard, ring the bell or reorder text is
/// replaced by a visible escape in Swift's notation, `\u{XX}` (upper-case hex, at least two
/// digits):
///
/// - C0 controls U+0000–U+001F, except a newline or tab the caller chooses to keep;
/// - DEL, U+007F;
/// - C1 controls U+0080–U+009F, including U+009B (CSI) and U+009D (OSC);
/// - bidirectional overrides, embeddings and isolates U+202A–U+202E and U+2066–U+2069, the
///   marks U+200E, U+200F and U+061C, and the separators U+2028 and U+2029.
///
/// Replacing ESC itself defuses every escape sequence: `ESC [ 2 J` prints as `\u{1B}[2J`, and
/// an OSC 52 clipboard write prints as `\u{1B}]52;c;…\u{07}`. A backslash in the original
/// text is left as it is, so a literal `\u{1B}` typed by the person looks the same as an
/// escaped ESC; the escapes exist for safety, not for round trips.
public enum Sanitizer {
  /// Which whitespace controls to keep as they are.
  public struct Keep: OptionSet, Sendable {
    /// The bits of the set.
    public var rawValue: Int
    /// Creates a set from its bits.
    ///
    /// - Parameter rawValue: The bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Keep line feeds (U+000A).
    public static let newlines = Keep(rawValue: 1 << 0)
    /// Keep horizontal tabs (U+0009).
    public static let tabs = Keep(rawValue: 1 << 1)
  }

  /// Replaces everything unsafe for a terminal by a visible `\u{XX}` escape.
  ///
  /// - Parameters:
  ///   - text: Text read from a transcript.
  ///   - keeping: Whitespace controls to keep; by default newlines and tabs are escaped too,
  ///     which suits one-line displays such as `review list`.
  /// - Returns: The text with every unsafe scalar escaped.
  public static func forTerminal(_ text: String, keeping: Keep = []) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" && keeping.contains(.newlines) || scalar == "\t" && keeping.contains(.tabs)
        || !isUnsafe(scalar)
      {
        result.append(scalar)
      } else {
        result.append(contentsOf: escape(scalar).unicodeScalars)
      }
    }
    return String(result)
  }

  /// True for the scalars ``forTerminal(_:keeping:)`` escapes.
  ///
  /// - Parameter scalar: A Unicode scalar.
  /// - Returns: Whether it must not reach a terminal raw.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: true
    default: false
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
  }
}
