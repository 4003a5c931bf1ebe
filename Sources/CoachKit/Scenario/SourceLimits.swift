/// Bounds on what the YAML loader reads, so that a hostile file costs bounded time and memory.
public enum SourceLimits {
  /// The longest YAML text read, in UTF-8 bytes: 4 MiB, some 20 times the largest bundled file.
  public static let maximumBytes = 4 << 20

  /// The most values (scalars, lists and mappings, each alias counted as everything it stands
  /// for) a document may expand to.
  ///
  /// A "billion laughs" file of nine lines expands to 9⁹ values; the largest bundled file has
  /// about 15,000.
  public static let maximumNodes = 250_000
}
