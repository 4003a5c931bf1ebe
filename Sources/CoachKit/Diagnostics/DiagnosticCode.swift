/// The stable codes of scenario diagnostics; each has a section in docs/scenario-format.md.
///
/// Codes are never reused or renamed: authors and tests rely on them.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
  /// The file is not valid YAML.
  case yamlSyntax = "yaml-syntax"
  /// The file is too large, or its aliases expand to too many values.
  case yamlLimit = "yaml-limit"
  /// The file or folder could not be read: permissions, not UTF-8, not a regular file.
  case unreadableFile = "unreadable-file"
  /// A required key is missing.
  case missingKey = "missing-key"
  /// A key the format does not know.
  case unknownKey = "unknown-key"
  /// A value of the wrong kind.
  case badValue = "bad-value"
  /// Two things that must be unique share an id.
  case duplicateID = "duplicate-id"
  /// A reference to a step that does not exist.
  case unknownStep = "unknown-step"
  /// A step no path from the start reaches.
  case unreachableStep = "unreachable-step"
  /// A step that is not an ending and has nowhere to go.
  case deadEnd = "dead-end"
  /// A scenario without an ending.
  case noEnding = "no-ending"
  /// Steps that lead only to one another, never to an ending.
  case noWayToEnd = "no-way-to-end"
  /// A pattern names a concept that is not defined.
  case unknownConcept = "unknown-concept"
  /// A pattern that cannot be read.
  case badPattern = "bad-pattern"
  /// A reply refers to a capture the pattern does not have.
  case captureOutOfRange = "capture-out-of-range"
  /// A reply uses a placeholder that cannot be filled.
  case unknownPlaceholder = "unknown-placeholder"
  /// A redirect to a keyword that does not exist.
  case unknownKeyword = "unknown-keyword"
  /// A rule that an earlier rule always beats.
  case hiddenRule = "hidden-rule"
  /// A tag that is not a theme and not `x-` prefixed.
  case unknownTag = "unknown-tag"
  /// A scale reply whose range can never hold an answer.
  case unmatchableScaleReply = "unmatchable-scale-reply"
  /// A condition that cannot be read.
  case badCondition = "bad-condition"
  /// A rule that does nothing.
  case ruleWithoutEffect = "rule-without-effect"
  /// A reply template that can produce broken or misleading text.
  case brokenReply = "broken-reply"
  /// A scenario of area `other` that names no theme areas, so no shared theme rule tags it.
  case noSharedThemes = "no-shared-themes"
  /// A before or after rating without its other end, or two steps with one end of one pair.
  case unpairedRating = "unpaired-rating"
  /// A section of the group report the scenario can never fill.
  case emptyReportSection = "empty-report-section"
  /// A reply's `{N}` names an element that always matches the same word.
  case literalCapture = "literal-capture"
}
