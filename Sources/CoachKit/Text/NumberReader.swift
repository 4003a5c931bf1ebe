/// Finds the numbers a person means inside what they typed: "propably a 4, i'm ok at it",
/// "4 still", "5/7", "five out of seven".
///
/// Quantities are not answers: a number followed by a unit or a plural noun ("2 years",
/// "every two weeks", "8pm") is left out, and so is the scale's end after "/" or "out of".
/// "one" counts only where it cannot be the pronoun ("the second one", "no one", "one of them").
struct NumberReader {
  /// The largest value the question accepts, read as the end of "N/MAX"; nil when none.
  var maximum: Int?

  static let words = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  ]

  /// Words after a number that make it a quantity rather than an answer.
  private static let units: Set<String> = [
    "am", "pm", "hr", "hrs", "min", "mins", "h", "k", "percent", "pc", "o", "oclock",
    "year", "month", "week", "day", "hour", "minute", "time", "night", "shift", "patient",
    "people", "person", "kid", "child", "children", "meeting", "session", "mentee", "page",
  ]

  /// Words ending in "s" that are not plural nouns.
  private static let notPlural: Set<String> = [
    "is", "as", "was", "has", "does", "this", "thus", "yes", "us", "its", "less", "unless",
    "always", "perhaps", "sometimes", "thanks", "cos", "bcs", "tbs", "plus", "pls", "across",
    "seems", "feels", "sounds", "looks", "makes", "means", "says", "goes", "gets", "comes",
    "works", "fits", "suits", "guess", "unless", "besides", "regardless", "whereas",
  ]

  /// Words before "one" that make it a pronoun.
  private static let pronounOne: Set<String> = [
    "the", "this", "that", "which", "no", "any", "every", "each", "last", "first", "second",
    "third", "next", "other", "another", "some", "someone", "anyone", "only", "right", "wrong",
    "good", "bad", "hard", "big", "little", "new", "old", "same", "middle", "former", "latter",
  ]

  /// Every number meant as an answer, in the order typed (repeats kept).
  func numbers(in text: String) -> [Int] {
    let tokens = Self.tokens(text)
    var found: [Int] = []
    for (index, token) in tokens.enumerated() {
      guard let value = Self.value(of: token.text) else { continue }
      let before = index > 0 ? tokens[index - 1] : nil
      let after = index + 1 < tokens.count ? tokens[index + 1] : nil
      if isDenominator(value, before: before, beforeThat: index > 1 ? tokens[index - 2] : nil) {
        continue
      }
      if let after, !after.isNumber, Self.isQuantityWord(after.text) { continue }
      if token.text == "one" || token.text == "zero" {
        if let before, Self.pronounOne.contains(before.text) { continue }
        if after?.text == "of" || after?.text == "another" { continue }
      }
      found.append(token.isNegative ? -value : value)
    }
    return found
  }

  private func isDenominator(_ value: Int, before: Token?, beforeThat: Token?) -> Bool {
    guard let before else { return false }
    if before.text == "/" { return maximum == nil || value == maximum }
    return before.text == "of" && beforeThat?.text == "out"
  }

  private static func isQuantityWord(_ word: String) -> Bool {
    if units.contains(word) { return true }
    return word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3
      && !notPlural.contains(word)
  }

  private static func value(of word: String) -> Int? {
    if let index = words.firstIndex(of: word) { return index }
    guard word.allSatisfy(\.isNumber), word.count <= 6 else { return nil }
    return Int(word)
  }

  /// One word, number or "/" of the text, lower-cased.
  struct Token {
    var text: String
    var isNegative = false
    var isNumber: Bool { text.first?.isNumber == true }
  }

  /// Splits text into words, runs of digits and slashes; a digit run glued to letters ("8pm",
  /// "4th") stays one word, so it is no answer.
  static func tokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var current = ""
    var minus = false
    var previous: Character = " "
    func flush() {
      if !current.isEmpty {
        tokens.append(Token(text: current, isNegative: minus && current.first?.isNumber == true))
        minus = false
      }
      current = ""
    }
    for character in text.lowercased() {
      defer { previous = character }
      if character.isLetter || character.isNumber {
        current.append(character)
        continue
      }
      if character == "'" || character == "’" { continue }
      flush()
      // A minus sign only straight before digits, after a space or the start: "-1", not "3-4".
      minus = character == "-" && !(previous.isLetter || previous.isNumber)
      if character == "/" { tokens.append(Token(text: "/")) }
    }
    flush()
    return tokens
  }
}
