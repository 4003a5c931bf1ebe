import Foundation
import Programme
import Testing

/// Where the connection string comes from, TLS for remote servers, no password in messages.
///
/// These need no server.
@Suite struct ConnectionStringTests {
  @Test func theOptionWinsOverTheEnvironmentWhichWinsOverTheConfigFile() throws {
    let folder = try Folder()
    let file = folder.url.appendingPathComponent("mentor-coach/db")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("postgresql://file@localhost/fromfile\n".utf8).write(to: file)
    chmod(file.path, 0o600)
    let variables = ["XDG_CONFIG_HOME": folder.url.path, "MENTOR_COACH_DB": "dbname=fromenv"]
    #expect(
      try ConnectionString.resolve(option: "dbname=given", environment: variables)
        .parameters["dbname"] == "given")
    #expect(
      try ConnectionString.resolve(option: nil, environment: variables)
        .parameters["dbname"] == "fromenv")
    var withoutVariable = variables
    withoutVariable["MENTOR_COACH_DB"] = nil
    #expect(
      try ConnectionString.resolve(option: nil, environment: withoutVariable)
        .parameters["dbname"] == "fromfile")
  }

  @Test func aConfigFileOthersMayReadIsRefused() throws {
    let folder = try Folder()
    let file = folder.url.appendingPathComponent("mentor-coach/db")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("postgresql://u:secret@localhost/x\n".utf8).write(to: file)
    chmod(file.path, 0o644)
    let error = #expect(throws: DatabaseError.self) {
      try ConnectionString.resolve(option: nil, environment: ["XDG_CONFIG_HOME": folder.url.path])
    }
    #expect(error?.message.contains("chmod 600") == true)
    #expect(error?.message.contains("secret") == false)
  }

  @Test func nothingGivenSaysWhereToGiveIt() {
    let error = #expect(throws: DatabaseError.self) {
      try ConnectionString.resolve(option: nil, environment: ["HOME": "/nonexistent"])
    }
    #expect(error?.message.contains("MENTOR_COACH_DB") == true)
  }

  @Test(arguments: [
    ("host=/run/postgresql dbname=x", nil as String?),
    ("postgresql:///x", nil), ("postgresql://localhost/x", nil), ("host=127.0.0.1", nil),
    ("postgresql://db.example.com/x", "require"),
    ("postgresql://db.example.com/x?sslmode=verify-full", "verify-full"),
  ])
  func remoteServersGetTLS(_ raw: String, _ mode: String?) throws {
    #expect(try ConnectionString(raw).sslMode() == mode)
  }

  @Test(arguments: ["disable", "allow", "prefer"])
  func remoteServersWithoutTLSAreRefused(_ mode: String) throws {
    let target = try ConnectionString("postgresql://u:hunter2@db.example.com/x?sslmode=\(mode)")
    let error = #expect(throws: DatabaseError.self) { try target.sslMode() }
    #expect(error?.message.contains("sslmode=require") == true)
    #expect(error?.message.contains("hunter2") == false)
  }

  @Test func passwordsNeverAppearInMessages() throws {
    let url = try ConnectionString("postgresql://mentor:hunter2@db.example.com:5433/programme")
    #expect(url.redacted == "mentor@db.example.com:5433/programme")
    #expect(
      url.scrub("failed for postgresql://mentor:hunter2@db.example.com")
        == "failed for postgresql://mentor:***@db.example.com")
    #expect(url.scrub("password hunter2 rejected") == "password *** rejected")
    let pairs = try ConnectionString("host=db.example.com password='a b' user=u")
    #expect(!pairs.scrub("conninfo: host=db.example.com password='a b'").contains("a b"))
    #expect(!pairs.redacted.contains("a b"))
  }

  @Test func aBadStringIsReportedWithoutRepeatingIt() {
    let error = #expect(throws: DatabaseError.self) {
      try ConnectionString("postgresql://u:hunter2@host/x?nosuchoption=1")
    }
    #expect(error?.message.contains("hunter2") == false)
  }

  @Test func cannotConnectNamesTheServerWithoutThePassword() {
    let error = #expect(throws: DatabaseError.self) {
      try Database(ConnectionString("host=/nonexistent user=u password=hunter2 dbname=x"))
    }
    #expect(
      error?.message.hasPrefix("cannot connect to the programme database at u@/nonexistent/x")
        == true)
    #expect(error?.message.contains("hunter2") == false)
    #expect(error?.message.contains("\n") == false)
  }
}

/// A temporary folder removed at the end of the test.
final class Folder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mentor-coach-programme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
