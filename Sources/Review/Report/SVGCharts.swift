import Transcript

/// The report's two charts as inline SVG, each with a `<title>` and `<desc>` for screen
/// readers; the same figures also appear in a table beside each chart.
enum SVGCharts {
  /// Horizontal bars, one per theme, labelled in plain words with the count at the end.
  static func themeBars(_ themes: [GroupReport.Theme], id: String) -> String {
    let rowHeight = 26
    let labelWidth = 300
    let barWidth = 360
    let height = themes.count * rowHeight + 10
    let maximum = max(themes.map(\.answers).max() ?? 1, 1)
    let summary = themes.prefix(3).map { "\($0.label) (\($0.answers))" }.joined(separator: ", ")
    var parts = [
      open(id: id, width: labelWidth + barWidth + 60, height: height),
      "<title id=\"\(id)-title\">Themes across the group</title>",
      "<desc id=\"\(id)-desc\">Bar chart of how many answers touched each theme. Most frequent: "
        + Escape.html(summary) + ".</desc>",
    ]
    for (index, theme) in themes.enumerated() {
      let y = index * rowHeight + 5
      let width = max(2, barWidth * theme.answers / maximum)
      parts.append(
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">"
          + Escape.html(clip(theme.label, 44)) + "</text>")
      parts.append(
        "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"18\"/>")
      parts.append("<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 17)\">\(theme.answers)</text>")
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// A before and after chart of one rating pair on one scale.
  ///
  /// One row per person: a hollow dot at the rating before, a filled dot at the rating after,
  /// joined by a line, with `before → after (change)` at the right. The axis runs from the
  /// scale's own minimum to its maximum; when the scale is not known, over the values given.
  static func ratings(
    _ ratings: [GroupReport.Rating], scale: ScaleRange?, pair: String?, id: String
  ) -> String {
    let rowHeight = 26
    let labelWidth = 220
    let plotWidth = 380
    let top = 24
    let height = top + ratings.count * rowHeight + 8
    let values = ratings.flatMap { [$0.before, $0.after] }
    let low = scale?.min ?? min(values.min() ?? 1, 1)
    let high = max(scale?.max ?? values.max() ?? low + 1, low + 1)
    func x(_ value: Int) -> Int {
      labelWidth + plotWidth * (Swift.min(Swift.max(value, low), high) - low) / (high - low)
    }
    let changes = ratings.map(\.change)
    let mean = changes.isEmpty ? 0 : Double(changes.reduce(0, +)) / Double(changes.count)
    let title = "Self-ratings before and after" + (pair.map { ": " + $0 } ?? "")
    var parts = [
      open(id: id, width: labelWidth + plotWidth + 110, height: height),
      "<title id=\"\(id)-title\">\(Escape.html(title))</title>",
      "<desc id=\"\(id)-desc\">For each of \(ratings.count) people, the rating before (hollow dot) "
        + "and after (filled dot) " + Escape.html(scaleWords(scale, low: low, high: high))
        + "; the mean change is \(signed(mean)).</desc>",
    ]
    for value in low...high {
      parts.append(
        "<line class=\"grid\" x1=\"\(x(value))\" y1=\"\(top - 6)\" x2=\"\(x(value))\" "
          + "y2=\"\(height - 4)\"/>")
      parts.append(
        "<text x=\"\(x(value))\" y=\"\(top - 10)\" text-anchor=\"middle\">\(value)</text>")
    }
    for (index, rating) in ratings.enumerated() {
      let y = top + index * rowHeight + 13
      parts.append(
        "<text x=\"\(labelWidth - 10)\" y=\"\(y + 4)\" text-anchor=\"end\">"
          + Escape.html(clip(rating.person, 30)) + "</text>")
      parts.append(
        "<line class=\"link\" x1=\"\(x(rating.before))\" y1=\"\(y)\" x2=\"\(x(rating.after))\" "
          + "y2=\"\(y)\"/>")
      parts.append("<circle class=\"before\" cx=\"\(x(rating.before))\" cy=\"\(y)\" r=\"6\"/>")
      parts.append("<circle class=\"after\" cx=\"\(x(rating.after))\" cy=\"\(y)\" r=\"6\"/>")
      parts.append(
        "<text x=\"\(labelWidth + plotWidth + 14)\" y=\"\(y + 4)\">"
          + "\(rating.before) → \(rating.after) (\(signed(Double(rating.change))))</text>")
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// `on a scale from 1 (not at all) to 7 (completely)`, or for a scale whose range was not
  /// recorded, `on the values given, from 2 to 6`.
  static func scaleWords(_ scale: ScaleRange?, low: Int, high: Int) -> String {
    guard let scale else { return "on the values given, from \(low) to \(high)" }
    func end(_ value: Int, _ words: String?) -> String {
      guard let words, !words.isEmpty else { return String(value) }
      return "\(value) (\(words))"
    }
    return "on a scale from \(end(scale.min, scale.low)) to \(end(scale.max, scale.high))"
  }

  /// `5 of 7` when the scale is known, else the value alone.
  static func outOf(_ value: Int, _ scale: ScaleRange?) -> String {
    guard let scale else { return String(value) }
    return "\(value) of \(scale.max)"
  }

  static func signed(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return rounded > 0 ? "+" + text : text
  }

  private static func open(id: String, width: Int, height: Int) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
      + "aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" "
      + "width=\"\(width)\" height=\"\(height)\">"
  }

  private static func clip(_ text: String, _ length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }
}
