/// The sentences of `:why`, from the voice file's `why-*` keys.
public struct WhyWords: Sendable {
  /// The safety net caught the answer.
  public var safety: String
  /// A rule with themes replied; `{part}` and `{themes}`.
  public var theme: String
  /// A rule without a named theme replied; `{part}`.
  public var rule: String
  /// No rule replied and no theme was noticed.
  public var open: String
  /// No rule replied, but themes were noticed; `{themes}`.
  public var openTheme: String

  /// Creates the sentences.
  public init(safety: String, theme: String, rule: String, open: String, openTheme: String) {
    self.safety = safety
    self.theme = theme
    self.rule = rule
    self.open = open
    self.openTheme = openTheme
  }
}
