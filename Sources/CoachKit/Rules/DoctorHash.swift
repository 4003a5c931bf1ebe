/// The hash by which Weizenbaum's DOCTOR chose one of its MEMORY transformations.
///
/// ELIZA ran on an IBM 7094, where a word was held in 36-bit cells of six 6-bit BCD characters;
/// it hashed the last cell of the input (the last word, or its last six letters when longer)
/// with SLIP's HASH: the middle bits of the cell's low 35 bits squared (von Neumann's
/// mid-square method). With four transformations, two bits choose one.
public enum DoctorHash {
  /// The BCD code of each character the 7094 could print; the index is the code.
  private static let codes: [Character: UInt64] = {
    let table: [(UInt64, String)] = [
      (0, "0123456789"), (11, "='"), (16, "+ABCDEFGHI"), (27, ".)"), (32, "-JKLMNOPQR"),
      (43, "$*"), (48, " /STUVWXYZ"), (59, ",("),
    ]
    var codes: [Character: UInt64] = [:]
    for (first, characters) in table {
      for (offset, character) in characters.enumerated() {
        codes[character] = first + UInt64(offset)
      }
    }
    return codes
  }()

  /// The 36-bit cell holding the last chunk of up to six characters of `word`, in capitals,
  /// padded with spaces; a character the 7094 lacked counts as its low six bits.
  public static func lastCell(of word: String) -> UInt64 {
    let characters = Array(word.uppercased())
    let start = characters.isEmpty ? 0 : (characters.count - 1) / 6 * 6
    var chunk = Array(characters[start...])
    while chunk.count < 6 { chunk.append(" ") }
    return chunk.reduce(0) { cell, character in
      let code = codes[character] ?? UInt64(character.unicodeScalars.first?.value ?? 0) & 0x3F
      return cell << 6 | code
    }
  }

  /// SLIP's `HASH(D, N)`: `bits` bits (0 to 15) from the middle of `cell`'s low 35 bits squared.
  public static func hash(_ cell: UInt64, bits: Int) -> Int {
    let magnitude = cell & 0x7_FFFF_FFFF
    let square = magnitude &* magnitude
    return Int(square >> UInt64(35 - bits / 2) & ((1 << UInt64(bits)) - 1))
  }

  /// Which of `count` transformations the last word chooses: the hash with just enough bits
  /// to number them (two for DOCTOR's four), wrapped round when `count` is not a power of two.
  public static func choice(lastWord: String, among count: Int) -> Int {
    guard count > 1 else { return 0 }
    var bits = 0
    while 1 << bits < count { bits += 1 }
    return hash(lastCell(of: lastWord), bits: bits) % count
  }
}
