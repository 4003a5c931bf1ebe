/// Replies written for a theme tag: a step's own (`tag-replies`), or the shared default of
/// `Prompts/replies.yaml`, used in turn.
public struct TagReply: Sendable {
  /// The theme tag.
  public var tag: String
  /// The replies, used in turn.
  public var replies: [Template]
  /// Where they were written; the id is `tag:TAG` (shared) or `STEP/tag:TAG` (a step's own).
  public var reference: RuleReference
}

/// The shared replies for when no rule of a step replies, from `Prompts/replies.yaml`.
public struct ReplyDefaults: Sendable {
  /// A reply per theme tag, for any step.
  public var tags: [String: TagReply] = [:]
  /// Words said before any reply, at any step, when the answer carries the tag (the mentor's
  /// own exhaustion): acknowledged first, then the session goes on as usual.
  public var acknowledgements: [String: TagReply] = [:]
  /// Frames for the reflective paraphrase, each with `{clause}`, used in turn.
  public var paraphrase: [String] = []
  /// Where the frames were written, for the transcript and `explain`.
  public var paraphraseReference = RuleReference(
    id: "paraphrase", location: SourceLocation(path: "Prompts/replies.yaml", line: 1, column: 1))

  /// No shared replies: only a step's own tag replies and its fallbacks answer.
  public init() {}
}
