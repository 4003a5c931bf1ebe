import Foundation
import TestSupport
import Testing

/// Replies vary between sessions, seeded from the session's id, and a resumed session goes on
/// with the same seed: through pipes, with the bundled content.
@Suite struct VarietyEndToEndTests {
  /// The paraphrase frames of the bundled `Prompts/replies.yaml`, in order, up to `{clause}`.
  static func frameOpenings() throws -> [String] {
    let text = try String(
      contentsOf: EndToEnd.repository.appendingPathComponent("Prompts/replies.yaml"),
      encoding: .utf8)
    let list = try #require(text.components(separatedBy: "\nparaphrase:\n").last)
    return list.split(separator: "\n").filter { $0.hasPrefix("  - \"") }.compactMap {
      $0.dropFirst(5).components(separatedBy: "{clause}").first
    }
  }

  /// Which frame each paraphrase of a transcript used, in order.
  static func frames(in events: [[String: Any]], openings: [String]) -> [Int] {
    events.filter {
      $0["type"] as? String == "said" && ($0["rule"] as? String)?.hasPrefix("paraphrase") == true
    }.compactMap { event in
      let text = event["text"] as? String ?? ""
      return openings.indices.filter { text.hasPrefix(openings[$0]) }.max {
        openings[$0].count < openings[$1].count
      }
    }
  }

  @Test func sessionsDifferAndAResumedSessionGoesOnWithItsOwnSeed() throws {
    let openings = try Self.frameOpenings()
    #expect(openings.count >= 3)
    var printed: [String] = []
    for _ in 0..<3 {
      let coach = try BinaryRunner()
      let options = ["self-doubt"] + BundledSafetyTests.bundledOptions
      let first = try coach.run(
        ["practice"] + options,
        input:
          "My mentee asked me about surgery and I froze\n4\nThe car park was full on Tuesday\n:quit\n"
      )
      #expect(first.stderr == "")
      let second = try coach.run(
        ["resume"] + Array(options.dropFirst()),
        input: "The lift was broken on Monday\nThe canteen closed early that day\n:quit\n")
      #expect(second.stderr == "")
      printed.append(first.stdout + second.stdout)
      let file = try #require(coach.sessionFiles().first)
      let used = Self.frames(in: try EndToEnd.events(in: file), openings: openings)
      #expect(used.count == 3, "\(used)")
      // Used in turn from where the session's seed put the list, across the resume.
      for (earlier, later) in zip(used, used.dropFirst()) {
        #expect(later == (earlier + 1) % openings.count, "\(used)")
      }
    }
    #expect(Set(printed).count > 1, "three sessions printed the same words")
  }
}
