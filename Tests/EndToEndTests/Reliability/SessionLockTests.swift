import Foundation
import Glibc
import TestSupport
import Testing

/// Finding 6 of the hardening issue: one session could be resumed in two windows at once, both
/// accepting answers into one file with duplicate `seq` numbers.
@Suite struct SessionLockTests {
  /// A session running in one process, waiting at its second question.
  private func openSession(_ coach: BinaryRunner) throws -> (BinaryRunner.Running, URL) {
    let first = try coach.start(EndToEnd.practice())
    first.write("I am so busy with clinic\n")
    try first.wait { first.stdout.contains("completely ready)") }
    return (first, try #require(coach.sessionFiles().first))
  }

  private func message(_ file: URL) -> String {
    let id = file.deletingPathExtension().lastPathComponent
    return
      "mentor-coach: this session is open in another window (\(id)); leave it there with :quit, then resume it here\n"
  }

  @Test func aSecondWindowIsRefusedUntilTheFirstLeaves() throws {
    let coach = try BinaryRunner()
    let (first, file) = try openSession(coach)
    let before = try Data(contentsOf: file)
    let id = file.deletingPathExtension().lastPathComponent
    for arguments in [["resume", id], ["resume"]] {
      let second = try coach.run(arguments + EndToEnd.fixtureOptions, input: "5\n1\nplan\n")
      #expect(second.status == 2)
      #expect(second.stderr == message(file))
      #expect(second.stdout == "")
    }
    #expect(try Data(contentsOf: file) == before)

    first.write("4\n:quit\n")
    #expect(try first.waitForExit().status == 0)
    let resumed = try coach.run(
      ["resume", id] + EndToEnd.fixtureOptions, input: "1\nI will email them tomorrow\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    let seqs = try EndToEnd.events(in: file).compactMap { $0["seq"] as? Int }
    #expect(seqs == Array(0..<seqs.count))
    #expect(
      EndToEnd.inputs(try EndToEnd.events(in: file)).suffix(2) == [
        "1", "I will email them tomorrow",
      ])
  }

  @Test func theLockGoesWithAKilledProcess() throws {
    let coach = try BinaryRunner()
    let (first, file) = try openSession(coach)
    first.sendSignal(SIGKILL)
    #expect(try first.waitForExit().status == 128 + SIGKILL)
    let id = file.deletingPathExtension().lastPathComponent
    let resumed = try coach.run(["resume", id] + EndToEnd.fixtureOptions, input: ":quit\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(EndToEnd.types(try EndToEnd.events(in: file)).contains("resumed"))
  }
}
