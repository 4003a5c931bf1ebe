internal import Yams

/// A YAML node with its source location, independent of the YAML library.
///
/// The loader works on these, so that no Yams type leaves `CoachKit` and every value it reads
/// can be traced back to a line and column.
struct SourceNode: Sendable {
  enum Value: Sendable {
    case scalar(String, isQuoted: Bool)
    case sequence([SourceNode])
    case mapping([(key: SourceNode, value: SourceNode)])
  }

  var value: Value
  var location: SourceLocation

  /// The scalar text, or nil for a list or a mapping.
  var scalar: String? {
    if case .scalar(let text, _) = value { return text }
    return nil
  }

  /// Whether the scalar is YAML's null (`~`, `null`, or nothing), written without quotes.
  var isNull: Bool {
    if case .scalar(let text, let quoted) = value, !quoted {
      return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }
    return false
  }

  /// Parses YAML text into a node tree, or returns a located `yaml-syntax` diagnostic.
  static func parse(_ text: String, path: String) -> Result<SourceNode?, Diagnostic> {
    do {
      guard let node = try Yams.compose(yaml: text, .basic) else { return .success(nil) }
      return .success(SourceNode(node, path: path))
    } catch let error as YamlError {
      return .failure(syntaxDiagnostic(error, path: path))
    } catch {
      let location = SourceLocation(path: path, line: 1, column: 1)
      return .failure(
        Diagnostic(.error, .yamlSyntax, "the file could not be read as YAML", at: location))
    }
  }

  private init(_ node: Node, path: String) {
    let mark = node.mark
    location = SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    switch node {
    case .scalar(let scalar):
      value = .scalar(scalar.string, isQuoted: scalar.style != .plain)
      if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { location.column += 1 }
    case .sequence(let sequence):
      value = .sequence(sequence.map { SourceNode($0, path: path) })
    case .mapping(let mapping):
      value = .mapping(
        mapping.map { (SourceNode($0.key, path: path), SourceNode($0.value, path: path)) })
    case .alias:
      value = .scalar("", isQuoted: false)
    }
  }

  private static func syntaxDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
    func located(_ problem: String, _ mark: Mark, _ context: YamlError.Context?) -> Diagnostic {
      let location = SourceLocation(path: path, line: mark.line, column: mark.column)
      var notes: [String] = []
      if let context {
        notes.append("\(context.text) at line \(context.mark.line), column \(context.mark.column)")
      }
      return Diagnostic(
        .error, .yamlSyntax, "the YAML is malformed: \(problem)", at: location, notes: notes)
    }
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return located(problem, mark, context)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return located("the key \(names) appears twice in one mapping", context.mark, nil)
    case .reader(let problem, _, _, _):
      let location = SourceLocation(path: path, line: 1, column: 1)
      return Diagnostic(.error, .yamlSyntax, "the file could not be read: \(problem)", at: location)
    default:
      let location = SourceLocation(path: path, line: 1, column: 1)
      return Diagnostic(.error, .yamlSyntax, "the file could not be read as YAML", at: location)
    }
  }
}
