/// The theme tags of the theme list that every scenario may use, by area.
///
/// A scenario may add its own tags beside these, prefixed `x-`.
public enum Themes {
  /// Every theme tag, in the order of the theme list.
  public static let all: [String] = areas.flatMap(\.tags)

  /// The areas and their tags.
  public static let areas: [(area: String, tags: [String])] = [
    (
      "self-doubt",
      [
        "doubt.impostor", "doubt.comparison", "doubt.fear-of-harm", "doubt.no-training",
        "doubt.strength",
      ]
    ),
    (
      "time",
      [
        "time.overload", "time.clinical-conflict", "time.no-protected-time", "time.cancelling",
        "time.plan",
      ]
    ),
    (
      "boundaries",
      [
        "boundary.availability", "boundary.emotional-load", "boundary.dual-role",
        "boundary.saying-no", "boundary.beyond-scope", "boundary.plan",
      ]
    ),
    ("safety", ["safety.crisis"]),
  ]

  /// The area names a step's `themes:` may list.
  public static let areaNames = ["self-doubt", "time", "boundaries"]

  /// Whether a tag is a theme or a scenario's own `x-` tag.
  public static func isKnown(_ tag: String) -> Bool {
    all.contains(tag) || (tag.hasPrefix("x-") && tag.count > 2)
  }
}
