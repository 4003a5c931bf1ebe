import Testing

@testable import LineEditor

@Suite struct TextDecodingTests {
  private func decode(_ bytes: [UInt8]) -> String {
    var decoder = UTF8ByteDecoder()
    var scalars = String.UnicodeScalarView()
    var queue = bytes
    while !queue.isEmpty {
      let byte = queue.removeFirst()
      if case .scalar(let scalar, let replay) = decoder.feed(byte) {
        scalars.append(scalar)
        if let replay { queue.insert(replay, at: 0) }
      }
    }
    return String(scalars)
  }

  @Test func decodesValidUTF8() {
    let text = "héllo café 😀 日本"
    #expect(decode(Array(text.utf8)) == text)
  }

  @Test func replacesInvalidBytes() {
    #expect(decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
    #expect(decode([0xC3, 0x28, 0x78]) == "\u{FFFD}(x")
    #expect(decode([0xED, 0xA0, 0x80]) == "\u{FFFD}")
  }

  @Test func marksPromptEscapes() {
    #expect(PromptMarkup.mark("plain> ") == "plain> ")
    #expect(
      PromptMarkup.mark("\u{1B}[1;32mcoach\u{1B}[0m> ")
        == "\u{1}\u{1B}[1;32m\u{1}coach\u{1}\u{1B}[0m\u{1}> ")
    #expect(PromptMarkup.mark("a\u{1}b") == "ab")
  }
}
