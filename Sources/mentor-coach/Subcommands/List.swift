import ArgumentParser
import CoachKit
import Foundation

extension MentorCoach {
  /// `list`: the scenarios found, with title, area, minutes and source file.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the scenarios found.")

    @OptionGroup var common: CommonOptions

    func run() throws {
      let environment = try common.environment()
      let library = try environment.library()
      let rows = library.entries.compactMap { entry in
        entry.scenario.map { [$0.id, $0.title, $0.area, "\($0.minutes) min", entry.path] }
      }
      Console.out(TextTable.render(header: ["ID", "TITLE", "AREA", "LENGTH", "FILE"], rows: rows))
      let broken = library.entries.filter { $0.scenario == nil }
      for entry in broken {
        Console.error(
          "mentor-coach: \(entry.path) has errors; run 'mentor-coach validate \(entry.path)'")
      }
    }
  }
}

/// Left-aligned columns separated by two spaces.
enum TextTable {
  static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
