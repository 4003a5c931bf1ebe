extension PromptsLoader {
  static let tagsKeys = ["version", "areas"]
  static let areaKeys = ["name", "description", "every-step", "tags"]
  static let tagKeys = ["name", "description"]

  /// Reads the theme list of `tags.yaml`, reporting malformed or repeated tags and areas.
  static func readTags(_ node: SourceNode, _ reader: NodeReader) -> ThemeCatalogue? {
    guard let fields = reader.fields(node, of: "the tags file", known: tagsKeys),
      let areasNode = fields.required("areas")
    else { return nil }
    guard case .mapping(let pairs) = areasNode.value, !pairs.isEmpty else {
      reader.report(
        .badValue, "'areas' should map each area's id to its name, description and tags",
        at: areasNode.location)
      return nil
    }
    var areas: [ThemeCatalogue.Area] = []
    var seenTags: Set<String> = []
    for (key, value) in pairs {
      guard let id = reader.string(key, "an area id") else { continue }
      if !isWellFormedName(id) || id == ThemeCatalogue.otherArea || id == "all" || id == "none" {
        reader.report(
          .badValue,
          "the area id '\(id)' should use lower-case letters, digits and dashes, and not be 'other', 'all' or 'none'",
          at: key.location)
      }
      if areas.contains(where: { $0.id == id }) {
        reader.report(.duplicateID, "two areas are called '\(id)'", at: key.location)
      }
      guard let area = reader.fields(value, of: "area '\(id)'", known: areaKeys) else { continue }
      var tags: [ThemeCatalogue.Tag] = []
      if let tagsNode = area.required("tags") {
        tags = readAreaTags(tagsNode, area: id, seen: &seenTags, reader)
      }
      areas.append(
        ThemeCatalogue.Area(
          id: id, name: area.requiredString("name")?.value ?? id,
          description: area.string("description") ?? "",
          isEveryStep: area.bool("every-step") ?? false,
          tags: tags))
    }
    return ThemeCatalogue(areas: areas)
  }

  private static func readAreaTags(
    _ node: SourceNode, area: String, seen: inout Set<String>, _ reader: NodeReader
  ) -> [ThemeCatalogue.Tag] {
    guard case .mapping(let pairs) = node.value else {
      reader.report(
        .badValue, "the tags of area '\(area)' should map each tag to its name and description",
        at: node.location)
      return []
    }
    return pairs.compactMap { key, value in
      guard let id = reader.string(key, "a tag") else { return nil }
      if !ThemeCatalogue.isWellFormedTag(id) {
        reader.report(
          .badValue,
          "the tag '\(id)' should be written 'prefix.name' in lower-case letters, digits and dashes (such as 'northgate.rota-gap')",
          at: key.location)
      }
      if !seen.insert(id).inserted {
        reader.report(.duplicateID, "the tag '\(id)' is listed twice", at: key.location)
      }
      guard let fields = reader.fields(value, of: "tag '\(id)'", known: tagKeys),
        let name = fields.requiredString("name")
      else { return nil }
      return ThemeCatalogue.Tag(
        id: id, name: name.value, description: fields.requiredString("description")?.value ?? "")
    }
  }

  private static func isWellFormedName(_ name: String) -> Bool {
    !name.isEmpty && name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
  }
}
