/// The theme list: the areas and the tags every scenario may use, from `Prompts/tags.yaml`.
///
/// A site extends it by editing that file (new tags, new areas); nothing is compiled in. A
/// scenario may add its own tags beside these, prefixed `x-`.
public struct ThemeCatalogue: Sendable {
  /// One theme tag.
  public struct Tag: Sendable, Hashable {
    /// The tag as scenarios and transcripts write it, such as `doubt.impostor`.
    public var id: String
    /// The tag in plain words, as reports and summaries show it.
    public var name: String
    /// What an answer with this tag says.
    public var description: String

    /// Creates a tag.
    public init(id: String, name: String, description: String) {
      self.id = id
      self.name = name
      self.description = description
    }
  }

  /// One area: a group of tags, which a scenario may name as its `area`.
  public struct Area: Sendable {
    /// The area as scenarios write it, such as `self-doubt`.
    public var id: String
    /// The area in plain words.
    public var name: String
    /// What the area is about.
    public var description: String
    /// Whether its theme rules are consulted at every free-text step of every scenario.
    public var isEveryStep: Bool
    /// Its tags, in the order of the file.
    public var tags: [Tag]

    /// Creates an area.
    public init(id: String, name: String, description: String, isEveryStep: Bool, tags: [Tag]) {
      self.id = id
      self.name = name
      self.description = description
      self.isEveryStep = isEveryStep
      self.tags = tags
    }
  }

  /// The name a scenario gives its area when it belongs to none of the list.
  public static let otherArea = "other"

  /// The areas, in the order of the file.
  public let areas: [Area]
  /// Every tag id, in the order of the file.
  public let all: [String]
  /// Every tag by id.
  private let tagsByID: [String: Tag]
  /// The area of every tag, by tag id.
  private let areaByTag: [String: String]

  /// A catalogue of these areas.
  public init(areas: [Area] = []) {
    self.areas = areas
    all = areas.flatMap { $0.tags.map(\.id) }
    var tags: [String: Tag] = [:]
    var owners: [String: String] = [:]
    for area in areas {
      for tag in area.tags where tags[tag.id] == nil {
        tags[tag.id] = tag
        owners[tag.id] = area.id
      }
    }
    tagsByID = tags
    areaByTag = owners
  }

  /// The area ids, in the order of the file.
  public var areaNames: [String] { areas.map(\.id) }

  /// The areas whose theme rules every free-text step consults.
  public var everyStepAreas: [String] { areas.filter(\.isEveryStep).map(\.id) }

  /// The tag with this id, if the list has it.
  public func tag(_ id: String) -> Tag? { tagsByID[id] }

  /// The id of the area a tag belongs to.
  public func area(of tag: String) -> String? { areaByTag[tag] }

  /// Every tag's plain words, by tag id.
  public var names: [String: String] { tagsByID.mapValues(\.name) }

  /// Whether a tag is in the list or is a scenario's own `x-` tag.
  public func isKnown(_ tag: String) -> Bool {
    tagsByID[tag] != nil || Self.isOwnTag(tag)
  }

  /// Whether a tag is a scenario's own: `x-` and at least one more character.
  public static func isOwnTag(_ tag: String) -> Bool {
    tag.hasPrefix("x-") && tag.count > 2
  }

  /// Whether `id` is written as a tag of the list must be: `prefix.name`, in lower-case
  /// letters, digits and dashes.
  public static func isWellFormedTag(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 2 && !id.hasPrefix("x-")
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
      }
  }
}
