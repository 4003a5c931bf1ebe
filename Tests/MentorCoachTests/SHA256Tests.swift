import Foundation
import Testing

@testable import mentor_coach

/// The hand-written SHA-256 against the published test vectors and against coreutils.
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func publishedVectors(message: String, digest: String) {
    #expect(SHA256.hex(Data(message.utf8)) == digest)
  }

  @Test func oneMillionLetters() {
    let message = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(
      SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Every length around the padding boundaries (55/56 and 63/64 bytes in a block) agrees with
  /// `sha256sum` on the same bytes.
  @Test func paddingBoundariesAgreeWithCoreutils() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("sha256-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lengths = Array(0...3) + Array(53...66) + Array(117...130) + [1000, 4096]
    var files: [(URL, Data)] = []
    for length in lengths {
      let bytes = Data((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) })
      let file = folder.appendingPathComponent("m\(length)")
      try bytes.write(to: file)
      files.append((file, bytes))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum"] + files.map(\.0.path)
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let expected = output.split(separator: "\n").map { String($0.prefix(64)) }
    #expect(expected.count == files.count)
    for ((file, bytes), digest) in zip(files, expected) {
      #expect(SHA256.hex(bytes) == digest, "length \(bytes.count) (\(file.lastPathComponent))")
    }
  }
}
