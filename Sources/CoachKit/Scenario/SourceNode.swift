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

  static let maximumBytes = SourceLimits.maximumBytes
  static let maximumNodes = SourceLimits.maximumNodes

  /// Parses YAML text into a node tree, or returns a located `yaml-syntax` or `yaml-limit`
  /// diagnostic.
  ///
  /// The text is refused above ``SourceLimits/maximumBytes``, and the tree above
  /// ``SourceLimits/maximumNodes`` values.
  static func parse(_ text: String, path: String) -> Result<SourceNode?, Diagnostic> {
    let start = SourceLocation(path: path, line: 1, column: 1)
    guard text.utf8.count <= maximumBytes else {
      return .failure(
        Diagnostic(
          .error, .yamlLimit,
          "the file is \(text.utf8.count) bytes long; a scenario or prompts file may be at most \(maximumBytes) bytes",
          at: start))
    }
    do {
      guard let node = try Yams.compose(yaml: text, .basic) else { return .success(nil) }
      var budget = maximumNodes
      return .success(try SourceNode(node, path: path, budget: &budget))
    } catch let limit as ExpansionLimit {
      return .failure(
        Diagnostic(
          .error, .yamlLimit,
          "the YAML expands to more than \(maximumNodes) values, which only aliases ('*name') repeated inside each other can do",
          at: limit.location,
          notes: ["repeat the text itself, or use fewer aliases"]))
    } catch let control as ControlCharacter {
      return .failure(
        Diagnostic(
          .error, .badValue,
          "this text holds the control character \(control.name), which a terminal would take as a command",
          at: control.location,
          notes: [
            "text in a scenario or prompts file may hold line breaks and tabs, but no other control characters"
          ]))
    } catch let error as YamlError {
      return .failure(syntaxDiagnostic(error, path: path))
    } catch {
      let location = SourceLocation(path: path, line: 1, column: 1)
      return .failure(
        Diagnostic(.error, .yamlSyntax, "the file could not be read as YAML", at: location))
    }
  }

  /// Where the expansion budget ran out.
  private struct ExpansionLimit: Error {
    var location: SourceLocation
  }

  /// A control character other than a line break or a tab in a scalar (say a `"\e[2J"`
  /// escape), refused where the file is read so that no title, prompt or reply can send
  /// terminal commands to whoever runs or lists the scenario.
  private struct ControlCharacter: Error {
    var location: SourceLocation
    var name: String

    init?(in text: String, at location: SourceLocation) {
      guard
        let scalar = text.unicodeScalars.first(where: { scalar in
          scalar != "\n" && scalar != "\t"
            && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        })
      else { return nil }
      self.location = location
      let hex = String(scalar.value, radix: 16, uppercase: true)
      name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
  }

  private init(_ node: Node, path: String, budget: inout Int) throws {
    let mark = node.mark
    location = SourceLocation(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    budget -= 1
    guard budget >= 0 else { throw ExpansionLimit(location: location) }
    switch node {
    case .scalar(let scalar):
      value = .scalar(scalar.string, isQuoted: scalar.style != .plain)
      if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { location.column += 1 }
      if let control = ControlCharacter(in: scalar.string, at: location) { throw control }
    case .sequence(let sequence):
      var items: [SourceNode] = []
      for item in sequence { items.append(try SourceNode(item, path: path, budget: &budget)) }
      value = .sequence(items)
    case .mapping(let mapping):
      var pairs: [(key: SourceNode, value: SourceNode)] = []
      for pair in mapping {
        let key = try SourceNode(pair.key, path: path, budget: &budget)
        pairs.append((key, try SourceNode(pair.value, path: path, budget: &budget)))
      }
      value = .mapping(pairs)
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
