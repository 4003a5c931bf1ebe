import Foundation
import TestSupport
import Testing

/// Finding 4 of the hardening issue, end to end: a nine-line "billion laughs" file among the
/// scenarios is refused under a 1.5 GB address-space cap, and the other scenarios still work.
@Suite struct AliasBombTests {
  private static let bomb = """
    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]

    """

  @Test func validateAndListRefuseTheBombUnderAMemoryCap() throws {
    let coach = try BinaryRunner()
    let folder = coach.folder.appendingPathComponent("scenarios")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(Self.bomb.utf8).write(to: folder.appendingPathComponent("bomb.yaml"))
    try FileManager.default.copyItem(
      at: EndToEnd.scenarioFile, to: folder.appendingPathComponent("first-meeting.yaml"))
    let capped = #"ulimit -v 1500000; exec timeout 60 "$0" "$@""#
    let validated = try Shell.run(
      capped, ["validate", folder.path, "--prompts", EndToEnd.prompts.path], coach: coach)
    #expect(validated.status == 1, "\(validated.stderr)")
    #expect(validated.stderr.contains("bomb.yaml:1:"))
    #expect(validated.stderr.contains("[yaml-limit]"))
    let listed = try Shell.run(
      capped, ["list", "--prompts", EndToEnd.prompts.path, "--scenarios", folder.path],
      coach: coach)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stdout.contains("first-meeting"))
  }
}
