import Foundation

/// The scenario's steps and branches as a graph, for authors: Graphviz `dot` or Mermaid.
extension Scenario {
  /// One edge of the step graph.
  public struct Edge: Hashable, Sendable {
    /// The step it leaves.
    public var from: String
    /// The step it reaches.
    public var to: String
    /// Why it is taken: a choice, a range, a rule or a condition; empty for the plain `next`.
    public var label: String
  }

  /// Every edge, in step order, without duplicates.
  public var edges: [Edge] {
    var result: [Edge] = []
    func add(_ from: Step, _ to: Int, _ label: String) {
      let edge = Edge(from: from.id, to: steps[to].id, label: label)
      if !result.contains(edge) { result.append(edge) }
    }
    func condition(_ branch: Branch) -> String {
      branch.condition.map { "when " + $0.source } ?? ""
    }
    for (index, step) in steps.enumerated() where !step.isEnd {
      for item in step.rules {
        if case .plain(let rule) = item {
          for branch in rule.next { add(step, branch.step, rule.reference.id) }
        }
      }
      for choice in step.choices {
        for branch in choice.next { add(step, branch.step, choice.label) }
      }
      for reply in step.scaleReplies {
        for branch in reply.next {
          add(step, branch.step, "\(reply.range.lowerBound)-\(reply.range.upperBound)")
        }
      }
      for branch in step.next { add(step, branch.step, condition(branch)) }
      if step.next.isEmpty && index + 1 < steps.count { add(step, index + 1, "") }
    }
    return result
  }

  /// The graph in Graphviz's `dot` language.
  public func dotGraph() -> String {
    var lines = [
      "digraph \"\(escape(id))\" {", "  rankdir=TB;", "  node [shape=box, style=rounded];",
    ]
    for step in steps {
      let shape = step.isEnd ? ", shape=doubleoctagon" : ""
      lines.append(
        "  \"\(escape(step.id))\" [label=\"\(escape(step.id))\\n(\(step.ask.rawValue))\"\(shape)];")
    }
    for edge in edges {
      let label = edge.label.isEmpty ? "" : " [label=\"\(escape(edge.label))\"]"
      lines.append("  \"\(escape(edge.from))\" -> \"\(escape(edge.to))\"\(label);")
    }
    lines.append("}")
    return lines.joined(separator: "\n")
  }

  /// The graph as a Mermaid flowchart.
  public func mermaidGraph() -> String {
    var lines = ["flowchart TD"]
    let names = Dictionary(uniqueKeysWithValues: steps.enumerated().map { ($1.id, "s\($0)") })
    for (index, step) in steps.enumerated() {
      let text = "\(step.id) (\(step.ask.rawValue))".replacingOccurrences(of: "\"", with: "'")
      lines.append(step.isEnd ? "  s\(index)([\"\(text)\"])" : "  s\(index)[\"\(text)\"]")
    }
    for edge in edges {
      guard let from = names[edge.from], let to = names[edge.to] else { continue }
      let label = edge.label.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(
        of: "|", with: "/")
      lines.append(label.isEmpty ? "  \(from) --> \(to)" : "  \(from) -->|\"\(label)\"| \(to)")
    }
    return lines.joined(separator: "\n")
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
