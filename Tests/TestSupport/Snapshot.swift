import Foundation
public import Testing

/// Compares text with a golden file, `Tests/<Target>/Snapshots/<name>.<ext>`.
///
/// The golden file sits beside the test target's sources, found from the calling file's
/// `#filePath`. A mismatch is recorded as an issue with a line diff (`-` expected, `+`
/// actual). With `RECORD_SNAPSHOTS=1` in the environment, or when the file does not exist
/// yet, the file is (re)written and the test fails, so that a recording run never passes.
///
/// - Parameters:
///   - actual: The text produced by the test.
///   - name: The golden file's name, usually the test's name.
///   - pathExtension: The golden file's extension.
///   - filePath: The calling test file; leave the default.
///   - sourceLocation: Where to report a mismatch; leave the default.
public func assertSnapshot(
  _ actual: String, named name: String, pathExtension: String = "txt",
  filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let folder = snapshotFolder(for: filePath) else {
    Issue.record("\(filePath) is not under a Tests/<Target> folder", sourceLocation: sourceLocation)
    return
  }
  let url = folder.appendingPathComponent("\(name).\(pathExtension)")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded snapshot \(url.path); run again without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("cannot record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard expected != actual else { return }
  let diff = lineDiff(expected: expected, actual: actual)
  Issue.record(
    Comment(rawValue: "snapshot \(url.lastPathComponent) differs (- expected, + actual):\n\(diff)"),
    sourceLocation: sourceLocation)
}

/// `Tests/<Target>/Snapshots` for a test file anywhere under `Tests/<Target>/`.
private func snapshotFolder(for filePath: String) -> URL? {
  var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
  while folder.pathComponents.count > 2 {
    if folder.deletingLastPathComponent().lastPathComponent.lowercased() == "tests" {
      return folder.appendingPathComponent("Snapshots", isDirectory: true)
    }
    folder.deleteLastPathComponent()
  }
  return nil
}

/// A line diff from the longest common subsequence; unchanged lines are shown with two spaces.
private func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
  for i in stride(from: old.count - 1, through: 0, by: -1) {
    for j in stride(from: new.count - 1, through: 0, by: -1) {
      common[i][j] =
        old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
    }
  }
  var lines: [String] = []
  var (i, j) = (0, 0)
  while i < old.count || j < new.count {
    if i < old.count, j < new.count, old[i] == new[j] {
      lines.append("  \(old[i])")
      (i, j) = (i + 1, j + 1)
    } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
      lines.append("- \(old[i])")
      i += 1
    } else {
      lines.append("+ \(new[j])")
      j += 1
    }
  }
  return lines.joined(separator: "\n")
}
