public import Foundation

extension TranscriptEvent: Codable {
  private enum CodingKeys: String, CodingKey {
    case version = "v"
    case seq, t, type, who
    case text, step, reason, from, completed, input
  }

  /// Decodes an event; an unknown `type` becomes ``Payload/unknown(type:)``.
  ///
  /// - Parameter decoder: The decoder to read from.
  /// - Throws: `DecodingError` when a common field or a field of a known type is missing or
  ///   malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    seq = try container.decode(Int.self, forKey: .seq)
    let stamp = try container.decode(String.self, forKey: .t)
    guard let time = Timestamp.parse(stamp) else {
      throw DecodingError.dataCorruptedError(
        forKey: .t, in: container, debugDescription: "not an ISO-8601 UTC time: \(stamp)")
    }
    self.time = time
    who = try container.decodeIfPresent(String.self, forKey: .who)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "started": payload = .started(try SessionStarted(from: decoder))
    case "said": payload = .said(try CoachSaid(from: decoder))
    case "received":
      payload = .received(
        step: try container.decode(String.self, forKey: .step),
        input: try container.decode(String.self, forKey: .input))
    case "answered": payload = .answered(try Answer(from: decoder))
    case "safety": payload = .safety(try SafetyFlag(from: decoder))
    case "note": payload = .note(text: try container.decode(String.self, forKey: .text))
    case "back": payload = .back(step: try container.decode(String.self, forKey: .step))
    case "skip": payload = .skip(step: try container.decode(String.self, forKey: .step))
    case "paused":
      payload = .paused(reason: try container.decode(PauseReason.self, forKey: .reason))
    case "resumed": payload = .resumed(from: try container.decode(Int.self, forKey: .from))
    case "edited":
      payload = .edited(
        step: try container.decode(String.self, forKey: .step),
        text: try container.decode(String.self, forKey: .text))
    case "follow-up": payload = .followUp(try FollowUp(from: decoder))
    case "ended": payload = .ended(completed: try container.decode(Bool.self, forKey: .completed))
    default: payload = .unknown(type: type)
    }
  }

  /// Encodes the common fields and the payload's fields side by side in one object.
  ///
  /// - Parameter encoder: The encoder to write to.
  /// - Throws: Whatever the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(version, forKey: .version)
    try container.encode(seq, forKey: .seq)
    try container.encode(Timestamp.format(time), forKey: .t)
    try container.encode(payload.type, forKey: .type)
    try container.encodeIfPresent(who, forKey: .who)
    switch payload {
    case .started(let started): try started.encode(to: encoder)
    case .said(let said): try said.encode(to: encoder)
    case .received(let step, let input):
      try container.encode(step, forKey: .step)
      try container.encode(input, forKey: .input)
    case .answered(let answer): try answer.encode(to: encoder)
    case .safety(let flag): try flag.encode(to: encoder)
    case .note(let text): try container.encode(text, forKey: .text)
    case .back(let step), .skip(let step): try container.encode(step, forKey: .step)
    case .paused(let reason): try container.encode(reason, forKey: .reason)
    case .resumed(let from): try container.encode(from, forKey: .from)
    case .edited(let step, let text):
      try container.encode(step, forKey: .step)
      try container.encode(text, forKey: .text)
    case .followUp(let followUp): try followUp.encode(to: encoder)
    case .ended(let completed): try container.encode(completed, forKey: .completed)
    case .unknown: break
    }
  }

  /// The event as one line of the file: compact JSON with sorted keys and a final newline.
  ///
  /// Every control character is escaped by the JSON encoder, so the line never contains a raw
  /// newline before its end.
  ///
  /// - Returns: The UTF-8 bytes of the line, ending in `\n`.
  /// - Throws: `EncodingError` if the event cannot be encoded.
  public func encodedLine() throws -> Data {
    var data = try Self.lineEncoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Decodes one line of a transcript (with or without its final newline).
  ///
  /// - Parameter line: The bytes of the line.
  /// - Returns: The event.
  /// - Throws: `DecodingError` when the line is not a valid event.
  public static func decode(line: Data) throws -> TranscriptEvent {
    try JSONDecoder().decode(TranscriptEvent.self, from: line)
  }

  private static var lineEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
