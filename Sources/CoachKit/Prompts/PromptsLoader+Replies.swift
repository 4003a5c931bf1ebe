extension PromptsLoader {
  /// Reads `Prompts/replies.yaml`: the shared reply for each theme tag, the acknowledgements
  /// said before any reply, and the frames of the reflective paraphrase.
  static func readReplies(
    _ node: SourceNode, _ themes: ThemeCatalogue, _ reader: NodeReader
  ) -> ReplyDefaults? {
    guard
      let fields = reader.fields(
        node, of: "the replies file", known: ["version", "tags", "acknowledge", "paraphrase"])
    else { return nil }
    var compiler = RuleCompiler(concepts: ConceptTable(), reader: reader)
    compiler.themes = themes
    var defaults = ReplyDefaults()
    if let tags = fields.required("tags") {
      defaults.tags = readTagReplies(tags, prefix: "tag:", compiler)
    }
    if let acknowledge = fields["acknowledge"] {
      defaults.acknowledgements = readTagReplies(acknowledge, prefix: "acknowledge:", compiler)
    }
    let frames = fields.strings("paraphrase")
    for frame in frames where !frame.value.contains("{clause}") {
      reader.report(
        .badValue, "a paraphrase frame needs '{clause}', where the mentor's words go",
        at: frame.location)
    }
    defaults.paraphrase = frames.map(\.value)
    defaults.paraphraseReference = RuleReference(
      id: "paraphrase", location: fields.keyLocations["paraphrase"] ?? node.location)
    return defaults
  }

  /// Reads a mapping of theme tag → reply or replies, checking each tag and template.
  static func readTagReplies(_ node: SourceNode, prefix: String, _ compiler: RuleCompiler)
    -> [String: TagReply]
  {
    guard case .mapping(let pairs) = node.value else {
      compiler.report(
        .badValue, "replies by tag should map theme tags to replies", at: node.location)
      return [:]
    }
    var result: [String: TagReply] = [:]
    for (key, value) in pairs {
      guard let tag = compiler.reader.string(key, "a theme tag") else { continue }
      _ = compiler.tags([Located(tag, key.location)])
      if result[tag] != nil {
        compiler.report(.duplicateID, "the tag '\(tag)' has two sets of replies", at: key.location)
      }
      let replies = compiler.reader.strings(value, "the replies for '\(tag)'").compactMap {
        compiler.template($0, pattern: nil, allowCaptures: false)
      }
      result[tag] = TagReply(
        tag: tag, replies: replies,
        reference: RuleReference(id: prefix + tag, location: key.location))
    }
    return result
  }
}
