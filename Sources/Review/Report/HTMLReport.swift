/// The HTML report: semantic sections with headings, tables with header cells, charts with
/// text alternatives, and every piece of user text escaped.
struct HTMLReport {
  var report: GroupReport
  var time: LocalTime

  func render() -> String {
    var body = [
      "<header>", "<h1>\(Escape.html(report.heading))</h1>",
      "<p class=\"lead\">\(Escape.html(report.completionSentence))"
        + (report.isRedacted ? " Names are replaced by pseudonyms; notes are left out." : "")
        + "</p>", "</header>", "<main>",
    ]
    // The overview, safety and what the group said come first, so that the first printed page
    // is full of what a lead reads first; the session-by-session table is a reference, later.
    body +=
      safety() + sessions() + themes() + goals() + ratings() + nextSteps()
      + report.followThrough.html + sessionTable() + answers() + notes()
    body += problems()
    body.append("</main>")
    return HTMLPage.document(title: report.heading, body: body.joined(separator: "\n"))
  }

  private func section(_ id: String, _ title: String, _ content: [String], extra: String = "")
    -> [String]
  {
    [
      "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\"\(extra)>",
      "<h2 id=\"\(id)-heading\">\(title)</h2>",
    ] + content + ["</section>"]
  }

  private func table(
    caption: String, header: [String], numeric: Set<Int> = [], text: Set<Int> = [],
    rows: [[String]]
  ) -> [String] {
    func cellClass(_ index: Int) -> String {
      if numeric.contains(index) { return " class=\"number\"" }
      return text.contains(index) ? " class=\"answer\"" : ""
    }
    // A short table is kept on one printed page; a long one breaks between rows.
    let open = rows.count <= 6 ? "<table class=\"keep\">" : "<table>"
    var lines = [open, "<caption>\(caption)</caption>", "<thead><tr>"]
    lines += header.enumerated().map { "<th scope=\"col\"\(cellClass($0))>\($1)</th>" }
    lines += ["</tr></thead>", "<tbody>"]
    for row in rows {
      let cells = row.enumerated().map { index, cell in
        index == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td\(cellClass(index))>\(cell)</td>"
      }
      lines.append("<tr>" + cells.joined() + "</tr>")
    }
    lines += ["</tbody>", "</table>"]
    return lines
  }

  private func tags(_ tags: [String]) -> String {
    tags.map { "<span class=\"tag\">\(Escape.html($0))</span>" }.joined(separator: " ")
  }

  private func safety() -> [String] {
    let count = report.safety.count
    var content = [
      "<p><strong>\(count)</strong> safety \(count == 1 ? "event" : "events") in "
        + sessionCount(Set(report.safety.map(\.session)).count) + ".</p>"
    ]
    let (own, others) = report.safetyByKind
    for (caption, items) in [
      ("The mentor's own safety: answers that triggered the safety net", own),
      ("Someone else at risk: answers that called for action today", others),
    ] where !items.isEmpty {
      content += table(
        caption: caption,
        header: ["Person", "Session", "Step", "What they wrote", "Tags", "Then"], text: [3],
        rows: items.map {
          [
            Escape.html($0.person), Escape.html($0.session), Escape.html($0.step ?? ""),
            Escape.html($0.text), tags($0.tags), $0.decision?.words ?? "—",
          ]
        })
    }
    let extra = count > 0 ? " class=\"safety\"" : ""
    return section("safety", "Safety events", content, extra: extra)
  }

  private func sessionCount(_ count: Int) -> String {
    count == 1 ? "1 session" : "\(count) sessions"
  }

  private func sessions() -> [String] {
    var figures = [
      ("Sessions", report.sessions.count), ("Finished", report.finishedCount),
      (
        (report.peopleCount == 1 ? "Person" : "People")
          + (report.anonymousCount > 0 ? " by name" : ""), report.peopleCount
      ),
      ("Answers", report.sessions.reduce(0) { $0 + $1.answers }),
    ]
    if report.anonymousCount > 0 {
      figures.insert(("Anonymous sessions", report.anonymousCount), at: 3)
    }
    var content = ["<ul class=\"figures\">"]
    content += figures.map { "<li><strong>\($1)</strong> \($0)</li>" }
    content.append("</ul>")
    content.append(
      "<p class=\"muted\">Each session is listed under Every session, further on.</p>"
    )
    return section("sessions", "Sessions and completion", content)
  }

  private func sessionTable() -> [String] {
    let content = table(
      caption: "Every session, oldest first",
      header: ["Session", "Scenario", "Started", "People", "Answers", "Status"], numeric: [4],
      rows: report.sessions.map {
        [
          Escape.html($0.id), Escape.html($0.scenario), time.minutes($0.startedAt),
          Escape.html($0.people.joined(separator: ", ")), String($0.answers),
          $0.isFinished ? "finished" : "unfinished",
        ]
      })
    return section("every-session", "Every session", content)
  }

  private func themes() -> [String] {
    guard !report.themes.isEmpty else {
      return section("themes", "Themes across the group", ["<p>No themes were recorded.</p>"])
    }
    var content = ["<figure>", SVGCharts.themeBars(report.themes, id: "themes-chart")]
    content.append(
      "<figcaption>Answers touching each theme; the table gives the figures.</figcaption>")
    content.append("</figure>")
    content += table(
      caption: "Theme counts", header: ["Theme", "Tag", "Answers", "People"], numeric: [2, 3],
      rows: report.themes.map {
        [Escape.html($0.label), Escape.html($0.tag), String($0.answers), String($0.people)]
      })
    return section("themes", "Themes across the group", content)
  }

  private func ratings() -> [String] {
    guard !report.ratings.isEmpty else {
      return section(
        "ratings", "Self-ratings before and after", ["<p>No before and after ratings.</p>"])
    }
    var content: [String] = []
    let groups = report.ratingGroups
    for (index, group) in groups.enumerated() {
      let id = groups.count == 1 ? "ratings-chart" : "ratings-chart-\(index + 1)"
      let values = group.ratings.flatMap { [$0.before, $0.after] }
      let words = SVGCharts.scaleWords(
        group.scale, low: values.min() ?? 0, high: values.max() ?? 0)
      if let pair = group.pair { content.append("<h3>\(Escape.html(pair))</h3>") }
      content += [
        "<figure>", SVGCharts.ratings(group.ratings, scale: group.scale, pair: group.pair, id: id),
        "<figcaption>Hollow dot: the rating before; filled dot: the rating after; "
          + Escape.html(words) + ".</figcaption>",
        "</figure>",
      ]
    }
    let pairs = report.hasRatingPairs
    content += table(
      caption: "Each person's change",
      header: ["Person", "Session"] + (pairs ? ["Rating"] : []) + ["Before", "After", "Change"],
      numeric: pairs ? [3, 4, 5] : [2, 3, 4],
      rows: report.ratings.map {
        [Escape.html($0.person), Escape.html($0.session)]
          + (pairs ? [Escape.html($0.pair ?? "")] : [])
          + [
            SVGCharts.outOf($0.before, $0.scale), SVGCharts.outOf($0.after, $0.scale),
            SVGCharts.signed(Double($0.change)),
          ]
      })
    return section("ratings", "Self-ratings before and after", content)
  }

  private func nextSteps() -> [String] {
    guard !report.nextSteps.isEmpty else {
      return section("next-steps", "Next steps", ["<p>No next steps were written.</p>"])
    }
    return section("next-steps", "Next steps", list(report.nextSteps))
  }

  /// Shown only when some step is marked `report: goal`.
  private func goals() -> [String] {
    report.goals.isEmpty ? [] : section("goals", "Goals", list(report.goals))
  }

  private func list(_ items: [GroupReport.Item]) -> [String] {
    ["<ul>"]
      + items.map {
        "<li><span class=\"speaker\">\(Escape.html($0.person)):</span> \(Escape.html($0.text))</li>"
      } + ["</ul>"]
  }

  private func answers() -> [String] {
    var content: [String] = []
    for group in report.stepsByScenario {
      content.append(
        "<h3>\(Escape.html(group.title)) <span class=\"muted\">(\(Escape.html(group.id)))</span></h3>"
      )
      for step in group.steps where !step.entries.isEmpty {
        content.append("<h4>Step \(Escape.html(step.id))</h4>")
        if let question = step.question {
          content.append("<p class=\"muted\">\(Escape.html(question))</p>")
        }
        let sorted = step.entries.sorted { ($0.person, $0.session) < ($1.person, $1.session) }
        content += table(
          caption: "Answers at step \(Escape.html(step.id))",
          header: ["Person", "Answer", "Themes"], text: [1],
          rows: sorted.map { [Escape.html($0.person), Escape.html($0.text), tags($0.tags)] })
      }
    }
    if content.isEmpty { content = ["<p>No answers.</p>"] }
    return section("answers", "Answers by step", content)
  }

  private func notes() -> [String] {
    guard !report.isRedacted, !report.notes.isEmpty else { return [] }
    let items = report.notes.map {
      "<li><span class=\"speaker\">\(Escape.html($0.person)):</span> \(Escape.html($0.text))</li>"
    }
    return section("notes", "Private notes", ["<ul>"] + items + ["</ul>"])
  }

  private func problems() -> [String] {
    guard !report.problems.isEmpty else { return [] }
    let items = report.problems.map { "<li>\(Escape.html($0))</li>" }
    return section("problems", "Reading problems", ["<ul>"] + items + ["</ul>"])
  }
}
