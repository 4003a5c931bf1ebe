/// Marks the invisible parts of a prompt for libedit's `EL_PROMPT_ESC`.
enum PromptMarkup {
  /// The delimiter passed to `EL_PROMPT_ESC`; text between two of them takes no columns.
  static let delimiter: CChar = 1

  /// Wraps every ANSI escape sequence (CSI `ESC [ … final` and two-byte `ESC x`) in `\u{1}`.
  ///
  /// Existing `\u{1}` characters are removed first so that a prompt cannot unbalance them.
  static func mark(_ prompt: String) -> String {
    let scalars = Array(prompt.unicodeScalars.filter { $0 != "\u{1}" })
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "\u{1B}" else {
        result.append(scalars[index])
        index += 1
        continue
      }
      var end = index + 1
      if end < scalars.count && scalars[end] == "[" {
        end += 1
        while end < scalars.count && !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
      }
      end = min(end + 1, scalars.count)
      result.append("\u{1}")
      result.append(contentsOf: scalars[index..<end])
      result.append("\u{1}")
      index = end
    }
    return String(result)
  }

  /// The columns a prompt takes on screen: escape sequences take none.
  static func visibleWidth(_ prompt: String) -> Int {
    var inside = false
    var width = 0
    for scalar in mark(prompt).unicodeScalars {
      if scalar == "\u{1}" {
        inside.toggle()
      } else if !inside {
        width += 1
      }
    }
    return width
  }
}
