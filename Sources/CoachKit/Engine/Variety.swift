/// Where each list of replies starts, so that sessions and workshop participants hear
/// different words, while the same session always hears the same ones.
///
/// The seed is a plain string, built from the session's id and the participant's name, both
/// of which the transcript records: replaying or resuming a transcript seeds the engine the
/// same way and rebuilds the same session. The offset of a list is a stable hash (FNV-1a) of
/// the seed and the list's key (mixed by MurmurHash3's finaliser), so it is the same on every machine and in every run. With no
/// seed every list starts at its first entry, as scenario authors' tests expect.
public struct Variety: Hashable, Sendable {
  /// The seed; empty for none.
  public let seed: String

  /// No variety: every list starts at its first entry (tests, `explain`).
  public static let none = Variety(seed: "")

  /// Variety from any seed.
  public init(seed: String) { self.seed = seed }

  /// Variety for one person in one session (`participant` nil for a solo session without a
  /// name, or the room itself).
  public init(session: String, participant: String?) {
    seed = session + "\u{1F}" + (participant ?? "")
  }

  /// Where the list with this key starts, among `count` entries.
  func offset(for key: String, count: Int) -> Int {
    guard !seed.isEmpty, count > 1 else { return 0 }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in (seed + "\u{1F}" + key).utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    // FNV-1a's low bits are only the parity of the bytes: mix them in from the high bits
    // (MurmurHash3's finaliser) before taking the remainder.
    hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
    hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
    hash ^= hash >> 33
    return Int(hash % UInt64(count))
  }
}
