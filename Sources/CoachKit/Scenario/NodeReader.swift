/// Reads typed values out of `SourceNode`s and collects a diagnostic for every problem.
///
/// Every accessor returns nil on a problem and records why, so the loader can keep going and
/// report all the mistakes in a file in one pass.
final class NodeReader {
  private(set) var diagnostics: [Diagnostic] = []

  func report(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [String] = [],
    severity: Diagnostic.Severity = .error
  ) {
    diagnostics.append(Diagnostic(severity, code, message, at: location, notes: notes))
  }

  /// The fields of a mapping, reporting unknown keys; nil (and a diagnostic) if not a mapping.
  func fields(_ node: SourceNode, of what: String, known: [String]) -> Fields? {
    guard case .mapping(let pairs) = node.value else {
      report(.badValue, "\(what) should be a mapping of keys and values", at: node.location)
      return nil
    }
    var values: [String: SourceNode] = [:]
    var keys: [String: SourceLocation] = [:]
    for (key, value) in pairs {
      guard let name = key.scalar else {
        report(.badValue, "a key in \(what) should be a plain word", at: key.location)
        continue
      }
      guard known.contains(name) else {
        report(
          .unknownKey, "'\(name)' is not a key of \(what)", at: key.location,
          notes: Suggestion.notes(for: name, in: known))
        continue
      }
      values[name] = value
      keys[name] = key.location
    }
    return Fields(node: node, what: what, values: values, keyLocations: keys, reader: self)
  }

  func string(_ node: SourceNode, _ what: String) -> String? {
    guard let text = node.scalar, !node.isNull else {
      report(.badValue, "\(what) should be text", at: node.location)
      return nil
    }
    return text
  }

  func int(_ node: SourceNode, _ what: String) -> Int? {
    guard let text = node.scalar, let value = Int(text) else {
      report(
        .badValue, "\(what) should be a whole number, not '\(node.scalar ?? "a list")'",
        at: node.location)
      return nil
    }
    return value
  }

  func bool(_ node: SourceNode, _ what: String) -> Bool? {
    switch node.scalar?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      report(.badValue, "\(what) should be true or false", at: node.location)
      return nil
    }
  }

  /// One string or a list of strings, each with its location.
  func strings(_ node: SourceNode, _ what: String) -> [Located<String>] {
    switch node.value {
    case .scalar:
      return string(node, what).map { [Located($0, node.location)] } ?? []
    case .sequence(let items):
      return items.compactMap { item in string(item, what).map { Located($0, item.location) } }
    case .mapping:
      report(.badValue, "\(what) should be text or a list of texts", at: node.location)
      return []
    }
  }

  /// The items of a list (a single non-list value counts as a list of one).
  func list(_ node: SourceNode) -> [SourceNode] {
    if case .sequence(let items) = node.value { return items }
    return node.isNull ? [] : [node]
  }

  /// The fields of one mapping, with the location of the mapping for missing-key reports.
  struct Fields {
    let node: SourceNode
    let what: String
    let values: [String: SourceNode]
    let keyLocations: [String: SourceLocation]
    unowned let reader: NodeReader

    subscript(_ key: String) -> SourceNode? { values[key] }

    func required(_ key: String) -> SourceNode? {
      if let value = values[key] { return value }
      reader.report(.missingKey, "\(what) has no '\(key)'", at: node.location)
      return nil
    }

    func string(_ key: String) -> String? { values[key].flatMap { reader.string($0, "'\(key)'") } }
    func requiredString(_ key: String) -> Located<String>? {
      required(key).flatMap { node in
        reader.string(node, "'\(key)'").map { Located($0, node.location) }
      }
    }
    func int(_ key: String) -> Int? { values[key].flatMap { reader.int($0, "'\(key)'") } }
    func bool(_ key: String) -> Bool? { values[key].flatMap { reader.bool($0, "'\(key)'") } }
    func strings(_ key: String) -> [Located<String>] {
      values[key].map { reader.strings($0, "'\(key)'") } ?? []
    }
  }
}

/// A value with the place in the file it came from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
  /// The value.
  public var value: Value
  /// Where it was written.
  public var location: SourceLocation

  /// Pairs a value with its location.
  public init(_ value: Value, _ location: SourceLocation) {
    self.value = value
    self.location = location
  }
}
