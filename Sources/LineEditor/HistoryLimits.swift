/// Bounds applied to history entries.
public enum HistoryLimits {
  /// The longest entry kept, in UTF-8 bytes; longer entries are cut at a character boundary.
  public static let maximumEntryBytes = 4096

  /// How many entries the in-memory and on-disk histories keep.
  public static let maximumEntries = 1000

  /// Returns `line` cut to at most ``maximumEntryBytes`` UTF-8 bytes, on a character boundary.
  ///
  /// - Parameter line: The candidate history entry.
  /// - Returns: The entry as it will be stored.
  public static func capped(_ line: String) -> String {
    guard line.utf8.count > maximumEntryBytes else { return line }
    var result = ""
    var bytes = 0
    for character in line {
      let size = character.utf8.count
      if bytes + size > maximumEntryBytes { break }
      result.append(character)
      bytes += size
    }
    return result
  }
}
