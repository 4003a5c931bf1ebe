/// The report's follow-through section, in each format; left out when no session holds a
/// follow-up.
extension FollowThrough {
  /// The Markdown section.
  var markdown: [String] {
    guard group.total > 0 else { return [] }
    let (header, rows) = table
    return ["## Follow-through", "", sentence, ""]
      + ["| " + header.joined(separator: " | ") + " |"]
      + ["| " + header.map { _ in "---" }.joined(separator: " | ") + " |"]
      + rows.map { "| " + $0.map(Escape.markdown).joined(separator: " | ") + " |" } + [""]
  }

  /// The HTML section, with a table whose first column names each person.
  var html: [String] {
    guard group.total > 0 else { return [] }
    let (header, rows) = table
    var lines = [
      "<section id=\"follow-through\" aria-labelledby=\"follow-through-heading\">",
      "<h2 id=\"follow-through-heading\">Follow-through</h2>",
      "<p>\(Escape.html(sentence))</p>", "<table>",
      "<caption>How each person's planned next steps went</caption>", "<thead><tr>",
    ]
    lines += header.enumerated().map { index, title in
      "<th scope=\"col\"\(index > 0 ? " class=\"number\"" : "")>\(Escape.html(title))</th>"
    }
    lines += ["</tr></thead>", "<tbody>"]
    for row in rows {
      let cells = row.dropFirst().map { "<td class=\"number\">\(Escape.html($0))</td>" }
      lines.append(
        "<tr><th scope=\"row\">\(Escape.html(row[0]))</th>" + cells.joined() + "</tr>")
    }
    return lines + ["</tbody>", "</table>", "</section>"]
  }
}
