import Foundation

/// A condition on variables: `name`, `not name`, or `name OP value`, joined with `and`.
public struct Condition: Sendable, Hashable, Codable {
  /// One comparison.
  public struct Clause: Sendable, Hashable, Codable {
    /// The variable.
    public var name: String
    /// The operator: `set`, `unset`, `==`, `!=`, `<`, `<=`, `>`, `>=`.
    public var op: String
    /// The value compared with.
    public var value: String
  }

  /// All must hold.
  public var clauses: [Clause]
  /// The condition as written.
  public var source: String

  /// Parses a condition; throws a failure with the column of the problem.
  public init(parsing source: String) throws(PatternParser.Failure) {
    self.source = source
    clauses = []
    let operators = ["==", "!=", "<=", ">=", "<", ">"]
    for part in source.components(separatedBy: " and ") {
      let words = part.split(separator: " ").map(String.init)
      if words.count == 1 {
        clauses.append(Clause(name: words[0], op: "set", value: ""))
      } else if words.count == 2, words[0] == "not" {
        clauses.append(Clause(name: words[1], op: "unset", value: ""))
      } else if words.count == 3, operators.contains(words[1]) {
        clauses.append(Clause(name: words[0], op: words[1], value: words[2]))
      } else {
        throw PatternParser.Failure(
          message:
            "'\(part)' should be 'NAME', 'not NAME' or 'NAME OP VALUE' with OP one of == != < <= > >=",
          column: 1)
      }
    }
  }

  /// Whether the condition holds for these variables; unset variables are empty.
  public func holds(_ variables: [String: String]) -> Bool {
    clauses.allSatisfy { clause in
      let actual = variables[clause.name] ?? ""
      let isSet = !actual.isEmpty && actual != "no" && actual != "false" && actual != "0"
      switch clause.op {
      case "set": return isSet
      case "unset": return !isSet
      case "==", "!=":
        let equal =
          if let lhs = Double(actual), let rhs = Double(clause.value) { lhs == rhs } else {
            actual == clause.value
          }
        return equal == (clause.op == "==")
      default:
        guard let lhs = Double(actual), let rhs = Double(clause.value) else { return false }
        switch clause.op {
        case "<": return lhs < rhs
        case "<=": return lhs <= rhs
        case ">": return lhs > rhs
        default: return lhs >= rhs
        }
      }
    }
  }
}
