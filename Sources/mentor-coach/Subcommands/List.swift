import ArgumentParser
import CoachKit
import Foundation
import Review

extension MentorCoach {
  /// `list`: the scenarios found, with title, area, minutes and source file.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the scenarios found.")

    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      // The list needs no theme or safety rule: they are never compiled.
      let library = try environment.library(rules: .whenUsed)
      let rows = library.entries.compactMap { entry in
        entry.scenario.map { [$0.id, $0.title, $0.area, "\($0.minutes) min", entry.path] }
      }
      let header = ["ID", "TITLE", "AREA", "LENGTH", "FILE"]
      Console.out(TextTable(alignments: Array(repeating: .left, count: 5)).render([header] + rows))
      let broken = library.entries.filter { $0.scenario == nil }
      for entry in broken {
        if let unreadable = entry.diagnostics.first(where: { $0.code == .unreadableFile }) {
          Console.error("mentor-coach: skipped \(unreadable.location): \(unreadable.message)")
          continue
        }
        Console.error(
          "mentor-coach: \(entry.path) has errors; run 'mentor-coach validate \(entry.path)'")
      }
    }
  }
}
