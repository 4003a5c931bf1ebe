import Programme
import Testing

@Suite struct GrantsTests {
  @Test func rolesAreCreatedOnlyWhenMissingAndGivenTheirGroup() {
    let sql = Grants.sql(mentors: ["alice"], reviewers: ["lead.ward-5"])
    #expect(sql.contains(#"CREATE ROLE "alice" LOGIN;"#))
    #expect(sql.contains(#"GRANT mentor_coach_mentor TO "alice";"#))
    #expect(sql.contains(#"GRANT mentor_coach_reviewer TO "lead.ward-5";"#))
    #expect(sql.contains("GRANT SELECT ON sessions, events, answers TO mentor_coach_reviewer;"))
    #expect(sql.contains("duplicate_object"))
  }

  @Test(arguments: ["alice", "Bob_2", "lead.ward-5", "a@b"])
  func plainNamesAreRoleNames(_ name: String) {
    #expect(Grants.isValidRoleName(name))
  }

  @Test(arguments: [
    "", "1abc", "x\"; DROP ROLE postgres; --", "a b", "x$grant$", "é",
    String(repeating: "a", count: 64),
  ])
  func namesThatCouldBreakTheSQLAreRefused(_ name: String) {
    #expect(!Grants.isValidRoleName(name))
  }
}
