/// The order in which an answer's clauses are read for a reply: a clause that turns against
/// what came before carries the speaker's point, so it is read first.
///
/// "She could do the booking but I'd rather keep it" is about keeping it; "the booking, though
/// I still do it" is about doing it. A clause turns when it follows `but` (a clause delimiter),
/// or opens with a contrast word (`though`, `although`, `however`, `whereas`, `instead`, `yet`,
/// `even so`, `that said`, `then again`, `mind you`), or follows a clause that is only such a
/// word or `still` ("Still, I'd keep the booking"). A clause that only goes on about the one
/// before ("…but it slips", "…but that is rare") does not turn: its subject is that clause.
/// Turning clauses come first, in order, then
/// the others, in order. DOCTOR-style scenarios keep the written order (its first clause with a
/// keyword replies).
enum ContrastOrder {
  static let openers: [[String]] = [
    ["though"], ["although"], ["however"], ["whereas"], ["instead"], ["yet"], ["even", "so"],
    ["that", "said"], ["then", "again"], ["mind", "you"], ["still"],
  ]
  static let turningDelimiters: Set<String> = ["but"]
  /// Subjects that point back at the clause before.
  static let backReferences: Set<String> = ["it", "that", "this", "which", "so"]

  /// The clause indices (as `Normalizer.clauses` numbers them) in reading order, from the
  /// answer's tokens with their delimiters.
  static func order(_ tokens: [Token]) -> [Int] {
    var turning: [Bool] = []
    var current: [Token] = []
    var afterTurn = false
    var pendingMarker = false
    func close() {
      guard !current.isEmpty else { return }
      let keys = current.map(\.key)
      let opener = openers.first { keys.starts(with: $0) }
      if let opener, opener.count == keys.count {
        // A clause that is only the contrast word: the next clause is the one that turns.
        pendingMarker = true
        turning.append(false)
      } else {
        let opensWithContrast = opener != nil && opener != ["still"]
        let subject = keys.dropFirst(opener.map { $0 == ["still"] ? 0 : $0.count } ?? 0).first
        let goesOn = subject.map(backReferences.contains) ?? false
        turning.append((afterTurn || pendingMarker || opensWithContrast) && !goesOn)
        pendingMarker = false
      }
      current = []
      afterTurn = false
    }
    for token in tokens {
      if token.isDelimiter {
        close()
        if turningDelimiters.contains(token.key) { afterTurn = true }
      } else {
        current.append(token)
      }
    }
    close()
    let indices = Array(turning.indices)
    return indices.filter { turning[$0] } + indices.filter { !turning[$0] }
  }
}
