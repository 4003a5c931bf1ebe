/// The shell of every HTML document `review` writes: XHTML-compatible markup (so an XML
/// parser reads it), one inline style sheet that also prints cleanly on A4, no scripts, and
/// nothing fetched from the network.
enum HTMLPage {
  /// A whole document around `body`, which must already be escaped markup.
  static func document(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>\(Escape.html(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
  }

  static let style = """
    :root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de;
      --accent: #2f5d8a; --after: #2f7d4f; --alert: #a4262c; --soft: #f3f6f9; }
    * { box-sizing: border-box; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
      sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
    h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem;
      border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1.1rem 0 .3rem; }
    p.lead, .muted { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
    caption { text-align: left; color: var(--muted); font-size: .9rem; padding-bottom: .2rem; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
      vertical-align: top; }
    th { background: var(--soft); font-weight: 600; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    td.answer { white-space: pre-wrap; overflow-wrap: anywhere; }
    th.answer, td.answer { min-width: 10rem; }
    .tag { display: inline-block; font-size: .8rem; background: var(--soft);
      border: 1px solid var(--line); border-radius: .6rem; padding: 0 .4rem; margin: .1rem; }
    .figures { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; margin: .5rem 0;
      list-style: none; }
    .figures li { border: 1px solid var(--line); border-radius: .4rem; padding: .4rem .8rem;
      background: var(--soft); }
    .figures strong { display: block; font-size: 1.4rem; }
    section.safety { border: 2px solid var(--alert); border-radius: .4rem; padding: 0 1rem;
      margin-top: 1.2rem; }
    section.safety h2 { color: var(--alert); border-bottom-color: var(--alert); }
    figure { margin: .5rem 0 1rem; }
    figcaption { color: var(--muted); font-size: .9rem; }
    svg { max-width: 100%; height: auto; }
    svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
    .bar { fill: var(--accent); }
    .before { fill: #ffffff; stroke: var(--accent); stroke-width: 2; }
    .after { fill: var(--after); }
    .link { stroke: var(--muted); stroke-width: 2; }
    .grid { stroke: var(--line); stroke-width: 1; }
    .conversation p { margin: .35rem 0; }
    .speaker { font-weight: 600; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; }
    @page { size: A4; margin: 16mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
      tr, figure, li, .conversation p, table.keep { break-inside: avoid; page-break-inside: avoid; }
      caption, thead, h2, h3, h4, figure + p { break-after: avoid; page-break-after: avoid; }
      thead { display: table-header-group; }
      * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}
