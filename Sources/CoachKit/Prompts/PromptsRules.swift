import Foundation

/// The theme rules and the safety nets: the slow part of the prompts, compiled once.
///
/// A session shows its first question without them and needs them only at the first answer,
/// so the program compiles them on another thread meanwhile (``Prompts/prepare()``); the first
/// use waits for that, or compiles them itself if nothing has started.
final class PromptsRules: @unchecked Sendable {
  /// What compiling gives.
  struct Compiled: Sendable {
    var themeRules: [Rule] = []
    /// Per area, its theme rules and their word index.
    var themeFilters: [String: (rules: [Rule], filter: RuleFilter)] = [:]
    /// The safety nets; nil when the safety file has errors.
    var safety: SafetyNet?
    var diagnostics: [Diagnostic] = []
  }

  private let lock = NSLock()
  private var work: (@Sendable () -> Compiled)?
  private var result: Compiled?

  /// Rules to compile on first use.
  init(_ work: @escaping @Sendable () -> Compiled) {
    self.work = work
  }

  /// Rules already compiled.
  init(compiled: Compiled) {
    result = compiled
  }

  /// The compiled rules, waiting for a compilation under way on another thread.
  var compiled: Compiled {
    lock.lock()
    defer { lock.unlock() }
    if let result { return result }
    let value = work?() ?? Compiled()
    result = value
    work = nil
    return value
  }

  /// Each area's theme rules with their word index.
  static func index(_ rules: [Rule], areas: [String], concepts: ConceptTable) -> [String: (
    rules: [Rule], filter: RuleFilter
  )] {
    var filters: [String: (rules: [Rule], filter: RuleFilter)] = [:]
    for area in areas {
      let inArea = rules.filter { $0.area == area }
      filters[area] = (inArea, RuleFilter(patterns: inArea.map(\.pattern), concepts: concepts))
    }
    return filters
  }
}
