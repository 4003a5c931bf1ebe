extension RawTranscript {
  /// Reads one top-level string field of a line without decoding the whole line, or nil when
  /// the line has no such field or it is not a well-formed JSON string.
  ///
  /// A key is recognised only where a key can stand, after `{`, `,` or white space, so the
  /// same words inside another string (where every quote is escaped) never count.
  ///
  /// - Parameters:
  ///   - key: The field name, such as `input`.
  ///   - line: A line of this transcript.
  /// - Returns: The unescaped string.
  public func string(_ key: String, in line: Line) -> String? {
    guard let start = valueStart(key, in: line), start < line.range.upperBound,
      bytes[start] == UInt8(ascii: "\"")
    else { return nil }
    return parseString(at: start, end: line.range.upperBound)?.value
  }

  /// Reads one top-level field holding a list of strings, such as `tags`.
  ///
  /// - Parameters:
  ///   - key: The field name.
  ///   - line: A line of this transcript.
  /// - Returns: The strings, or nil when the field is missing or malformed.
  public func strings(_ key: String, in line: Line) -> [String]? {
    guard var position = valueStart(key, in: line), position < line.range.upperBound,
      bytes[position] == UInt8(ascii: "[")
    else { return nil }
    let end = line.range.upperBound
    var result: [String] = []
    position += 1
    while position < end {
      switch bytes[position] {
      case UInt8(ascii: "]"): return result
      case UInt8(ascii: ","), 0x20, 0x09, 0x0D: position += 1
      case UInt8(ascii: "\""):
        guard let (value, next) = parseString(at: position, end: end) else { return nil }
        result.append(value)
        position = next
      default: return nil
      }
    }
    return nil
  }

  /// The offset just after `"key":` (and any white space), where the value starts.
  private func valueStart(_ key: String, in line: Line) -> Int? {
    let pattern = Array("\"\(key)\"".utf8)
    var index = line.range.lowerBound
    let end = line.range.upperBound
    while index + pattern.count <= end,
      let found = Self.firstIndex(of: pattern, in: bytes, range: index..<end)
    {
      index = found
      if index > line.range.lowerBound, Self.canPrecedeKey(bytes[index - 1]) {
        var position = index + pattern.count
        while position < end, Self.isSpace(bytes[position]) { position += 1 }
        if position < end, bytes[position] == UInt8(ascii: ":") {
          position += 1
          while position < end, Self.isSpace(bytes[position]) { position += 1 }
          return position
        }
      }
      index += 1
    }
    return nil
  }

  /// Parses the JSON string starting at the quote at `start`; returns it and the offset after
  /// its closing quote.
  private func parseString(at start: Int, end: Int) -> (value: String, next: Int)? {
    var scan = start + 1
    while scan < end, bytes[scan] != UInt8(ascii: "\""), bytes[scan] != UInt8(ascii: "\\") {
      scan += 1
    }
    if scan < end, bytes[scan] == UInt8(ascii: "\"") {
      return (String(decoding: bytes[(start + 1)..<scan], as: UTF8.self), scan + 1)
    }
    var position = start + 1
    var plainStart = position
    var scalars = String.UnicodeScalarView()
    var pending: [UInt8] = []
    func flush(_ upTo: Int) {
      pending.append(contentsOf: bytes[plainStart..<upTo])
    }
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        flush(position)
        scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
        return (String(scalars), position + 1)
      }
      if byte == UInt8(ascii: "\\") {
        flush(position)
        scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
        pending.removeAll(keepingCapacity: true)
        guard position + 1 < end else { return nil }
        let escape = bytes[position + 1]
        position += 2
        switch escape {
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
          scalars.append(Unicode.Scalar(escape))
        case UInt8(ascii: "u"):
          guard let (scalar, next) = parseUnicodeEscape(at: position, end: end) else { return nil }
          scalars.append(scalar)
          position = next
        default: return nil
        }
        plainStart = position
        continue
      }
      position += 1
    }
    return nil
  }

  /// Parses `XXXX` (and a following `\uXXXX` low surrogate) after `\u`.
  private func parseUnicodeEscape(at position: Int, end: Int) -> (Unicode.Scalar, Int)? {
    guard let high = hex4(at: position, end: end) else { return nil }
    if (0xD800...0xDBFF).contains(high) {
      guard position + 10 <= end, bytes[position + 4] == UInt8(ascii: "\\"),
        bytes[position + 5] == UInt8(ascii: "u"), let low = hex4(at: position + 6, end: end),
        (0xDC00...0xDFFF).contains(low),
        let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
      else { return ("\u{FFFD}", position + 4) }
      return (scalar, position + 10)
    }
    return (Unicode.Scalar(high) ?? "\u{FFFD}", position + 4)
  }

  private func hex4(at position: Int, end: Int) -> UInt32? {
    guard position + 4 <= end else { return nil }
    var value: UInt32 = 0
    for byte in bytes[position..<position + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  private static func canPrecedeKey(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",") || isSpace(byte)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D
  }
}
