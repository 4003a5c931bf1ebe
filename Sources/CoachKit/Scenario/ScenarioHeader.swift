/// The few top-level fields that describe a scenario, read without compiling it: what `list`
/// and the home screen show.
public struct ScenarioHeader: Sendable, Equatable {
  /// The scenario's id.
  public var id: String
  /// Its title.
  public var title: String
  /// Its area: self-doubt, time or boundaries.
  public var area: String
  /// One sentence on what it is for.
  public var summary: String
  /// How long it takes, in minutes.
  public var minutes: Int

  /// Creates a header.
  public init(id: String, title: String, area: String, summary: String, minutes: Int) {
    self.id = id
    self.title = title
    self.area = area
    self.summary = summary
    self.minutes = minutes
  }

  /// The top-level keys read.
  static let keys: Set<String> = ["id", "title", "area", "summary", "minutes"]

  /// Reads the header of a scenario file: only the top-level lines of `keys` (with any
  /// continuation lines of theirs) are parsed as YAML, so the steps and concepts are skipped.
  ///
  /// - Returns: nil when a field is missing or malformed, or the file is not YAML; then only
  ///   a full compile can tell what is wrong.
  public static func read(_ text: String) -> ScenarioHeader? {
    var kept: [Substring] = []
    var keeping = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard let first = line.first else {
        if keeping { kept.append(line) }
        continue
      }
      if first == " " || first == "\t" {
        if keeping { kept.append(line) }
        continue
      }
      if first == "#" { continue }
      let key = line.prefix { $0 != ":" }
      keeping = key.count < line.count && keys.contains(String(key))
      if keeping { kept.append(line) }
    }
    guard case .success(let root?) = SourceNode.parse(kept.joined(separator: "\n"), path: ""),
      case .mapping(let pairs) = root.value
    else { return nil }
    var fields: [String: String] = [:]
    for (key, value) in pairs {
      if let name = key.scalar, let text = value.scalar { fields[name] = text }
    }
    guard let id = fields["id"], let title = fields["title"], let area = fields["area"],
      let minutes = fields["minutes"].flatMap({ Int($0) })
    else { return nil }
    return ScenarioHeader(
      id: id, title: title, area: area, summary: fields["summary"] ?? "", minutes: minutes)
  }
}
