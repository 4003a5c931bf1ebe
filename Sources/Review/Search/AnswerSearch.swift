public import Foundation
public import Transcript

/// What `review search` looks for: words in answers, or a theme tag.
public enum SearchQuery: Equatable, Sendable {
  /// Answers whose text contains these words, ignoring case.
  case text(String)
  /// Answers carrying this tag, ignoring case; `doubt` also matches `doubt.impostor`.
  case tag(String)
}

/// One answer found by a search, with where it was given.
public struct SearchHit: Equatable, Sendable {
  /// The session id.
  public var sessionID: String
  /// The step the answer was given at.
  public var step: String
  /// Who answered: the event's `who`, else the practising person's name, else nil.
  public var who: String?
  /// The coach's question just before the answer, when it is among the lines before it.
  public var question: String?
  /// The answer as typed.
  public var answer: String
  /// The answer's tags.
  public var tags: [String]

  /// Creates a hit.
  ///
  /// - Parameters:
  ///   - sessionID: The session id.
  ///   - step: The step.
  ///   - who: Who answered.
  ///   - question: The question before the answer.
  ///   - answer: The answer.
  ///   - tags: The answer's tags.
  public init(
    sessionID: String, step: String, who: String?, question: String?, answer: String,
    tags: [String]
  ) {
    self.sessionID = sessionID
    self.step = step
    self.who = who
    self.question = question
    self.answer = answer
    self.tags = tags
  }
}

/// The answers of one file that match, and what was wrong with the file.
public struct FileSearchResult: Equatable, Sendable {
  /// The matching answers, in file order.
  public var hits: [SearchHit]
  /// Why the file was skipped or partly unreadable, when it was.
  public var problem: String?
}

/// Finds answers fast: looks for the words in the raw bytes first and decodes only the lines
/// that hold them (see ``RawTranscript``).
///
/// A line found in the bytes is then checked properly: it must be an `answered` event whose
/// text or tags match, ignoring case, so a word that only occurs in a question, a step id or a
/// note is not a hit. The few fields a hit needs are read off the line with
/// ``RawTranscript/string(_:in:)``, which is much faster than decoding it; a line whose fields
/// cannot be read is counted as unreadable. Words that JSON writes differently from how they were typed (quotes,
/// backslashes, `/`, control characters, letters outside ASCII) fall back to decoding every
/// answer of the file.
public enum AnswerSearch {
  /// Searches many files on every core, keeping file order.
  ///
  /// - Parameters:
  ///   - files: Transcript files.
  ///   - query: What to look for.
  /// - Returns: The hits, and one problem per file that could not be read or searched fully.
  public static func search(_ files: [URL], for query: SearchQuery) -> (
    hits: [SearchHit], problems: [SessionIndex.Problem]
  ) {
    let results = ParallelMap.map(files) { url in
      do {
        return search(try RawTranscript.read(url), for: query)
      } catch {
        return FileSearchResult(hits: [], problem: SessionCatalog.skipped(error))
      }
    }
    var hits: [SearchHit] = []
    var problems: [SessionIndex.Problem] = []
    for (url, result) in zip(files, results) {
      hits += result.hits
      if let problem = result.problem {
        problems.append(SessionIndex.Problem(url: url, message: problem))
      }
    }
    return (hits, problems)
  }

  /// Searches one transcript already read.
  ///
  /// - Parameters:
  ///   - raw: The transcript's bytes.
  ///   - query: What to look for.
  /// - Returns: The matching answers and any problem with the file.
  public static func search(_ raw: RawTranscript, for query: SearchQuery) -> FileSearchResult {
    guard raw.looksLikeTranscript, let first = raw.firstLine else {
      return FileSearchResult(hits: [], problem: "skipped: it is not a MentorCoach transcript")
    }
    let lines = raw.lines(containing: prefilter(query)).filter {
      $0.number > 1 && raw.line($0, contains: #""type":"answered""#)
    }
    guard !lines.isEmpty else { return FileSearchResult(hits: [], problem: nil) }
    let session =
      raw.string("session", in: first)
      ?? raw.fileURL.deletingPathExtension()
      .lastPathComponent
    let name = raw.string("name", in: first).flatMap { $0.isEmpty ? nil : $0 }
    let matcher = Matcher(query)
    var hits: [SearchHit] = []
    var corrupt: [Int] = []
    for line in lines {
      guard let input = raw.string("input", in: line), let step = raw.string("step", in: line)
      else {
        corrupt.append(line.number)
        continue
      }
      let tags = raw.strings("tags", in: line) ?? []
      guard matcher.matches(input: input, tags: tags) else { continue }
      hits.append(
        SearchHit(
          sessionID: session, step: step, who: raw.string("who", in: line) ?? name,
          question: question(before: line, in: raw), answer: input, tags: tags))
    }
    let problem =
      corrupt.isEmpty ? nil : "read with problems: skipped unreadable lines (\(list(corrupt)))"
    return FileSearchResult(hits: hits, problem: problem)
  }

  /// True when an answer matches the query, as the search decides after decoding.
  ///
  /// - Parameters:
  ///   - answer: The decoded answer.
  ///   - query: The query.
  /// - Returns: Whether it is a hit.
  public static func matches(_ answer: Answer, _ query: SearchQuery) -> Bool {
    switch query {
    case .text(let words):
      return !words.isEmpty
        && answer.input.range(of: words, options: [.caseInsensitive]) != nil
    case .tag(let tag):
      let wanted = tag.lowercased()
      return answer.tags.contains { candidate in
        let tag = candidate.lowercased()
        return tag == wanted || tag.hasPrefix(wanted + ".")
      }
    }
  }

  /// What to look for in the raw bytes: the words when JSON writes them as typed.
  private static func prefilter(_ query: SearchQuery) -> String {
    let text =
      switch query {
      case .text(let words): words
      case .tag(let tag): tag
      }
    let plain =
      !text.isEmpty
      && text.utf8.allSatisfy { byte in
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
          && byte != UInt8(ascii: "/")
      }
    return plain ? text : #""type":"answered""#
  }

  /// The nearest `said` question among the few lines before an answer.
  private static func question(before line: RawTranscript.Line, in raw: RawTranscript) -> String? {
    var current = line
    for _ in 0..<8 {
      guard let previous = raw.line(before: current) else { return nil }
      if raw.line(previous, contains: #""kind":"question""#),
        raw.line(previous, contains: #""type":"said""#),
        let text = raw.string("text", in: previous)
      {
        return text
      }
      current = previous
    }
    return nil
  }

  /// Decides hits from the fields read off a line; ASCII words are compared byte by byte.
  private struct Matcher {
    var query: SearchQuery
    var folded: [UInt8]?

    init(_ query: SearchQuery) {
      self.query = query
      if case .text(let words) = query, words.utf8.allSatisfy({ $0 < 0x80 }) {
        folded = words.utf8.map(Self.lower)
      }
    }

    func matches(input: String, tags: [String]) -> Bool {
      guard let folded else {
        return AnswerSearch.matches(Answer(step: "", input: input, kind: .text, tags: tags), query)
      }
      guard let first = folded.first else { return false }
      var utf8 = Array(input.utf8)
      let count = utf8.count - folded.count
      guard count >= 0 else { return false }
      for index in 0..<utf8.count { utf8[index] = Self.lower(utf8[index]) }
      for start in 0...count where utf8[start] == first {
        if utf8[start..<start + folded.count].elementsEqual(folded) { return true }
      }
      return false
    }

    static func lower(_ byte: UInt8) -> UInt8 {
      (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
  }

  private static func list(_ numbers: [Int]) -> String {
    numbers.map(String.init).joined(separator: ", ")
  }
}
