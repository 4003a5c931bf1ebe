import Transcript

extension FollowUp {
  /// How the outcome reads in a report or a transcript: "done", "partly", "not yet",
  /// "declined to say", or "in their own words" when only words were given.
  var outcomeWords: String {
    switch outcome {
    case .done?: "done"
    case .partly?: "partly"
    case .notYet?: "not yet"
    case .declined?: "declined to say"
    case let other?: other.rawValue
    case nil: "in their own words"
    }
  }

  /// One plain line for a transcript: the plan, how it went, and the mentor's words.
  var line: String {
    "Last time's next step, \"\(plan)\": \(outcomeWords)" + (text.map { ". \"\($0)\"" } ?? "")
  }
}
