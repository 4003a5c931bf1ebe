import Foundation

/// The coach's shared voice, theme rules and safety net, from the files in `Prompts/`.
public struct Prompts: Sendable {
  /// Wording used in every scenario.
  public var voice: Voice
  /// The theme list: areas and tags, from `Prompts/tags.yaml`.
  public var themes: ThemeCatalogue
  /// The shared concepts, usable in any scenario's patterns; theme rules always match with
  /// these.
  public internal(set) var themeConceptTable = ConceptTable()
  /// Where to find help, shown by the safety net.
  public var helpLines: HelpLines
  /// Shared replies by theme tag and the paraphrase frames, from `Prompts/replies.yaml`.
  public var replies = ReplyDefaults()
  /// The theme rules and the safety nets, compiled on first use or by ``prepare()``.
  let rules: PromptsRules

  /// Tag-only rules for every theme, each with its area.
  public var themeRules: [Rule] { rules.compiled.themeRules }
  /// Per area, its theme rules and their word index.
  var themeFilters: [String: (rules: [Rule], filter: RuleFilter)] { rules.compiled.themeFilters }
  /// The safety nets.
  ///
  /// Only prompts whose ``prepare()`` found no errors may be used.
  public var safety: SafetyNet {
    guard let safety = rules.compiled.safety else {
      preconditionFailure("the safety net is used although its file has errors")
    }
    return safety
  }

  /// Compiles the theme rules and the safety nets if that is not done yet, and returns the
  /// problems found in them.
  ///
  /// ``PromptsLoader/loadDeferringRules(voice:tags:themes:safety:helpLines:replies:)`` leaves
  /// this work for later so that a session can ask its first question sooner: a program runs
  /// this on another thread and calls it again before handling the first answer, which then
  /// waits until the rules are ready; with errors, the prompts must not be used for answers.
  ///
  /// - Returns: The diagnostics of the theme rules and the safety file.
  @discardableResult
  public func prepare() -> [Diagnostic] { rules.compiled.diagnostics }
}

/// Wording used in every scenario, from `Prompts/voice.yaml`.
public struct Voice: Sendable {
  /// Lines shown under the home screen's title.
  public var homeIntro: String
  /// The line under the home screen's list, saying what to type.
  public var homePrompt: String
  /// The home screen's line when no session can be resumed.
  public var homePromptNew: String
  /// The home screen's line when several sessions can be resumed.
  public var homePromptSeveral: String
  /// Said on the home screen for input that is not a choice; `{input}`.
  public var homeUnknown: String
  /// The `:help` text.
  public var help: String
  /// Open questions used when a step has no fallback of its own.
  public var fallbacks: [Template]
  /// `mode: doctor`: the four built-in messages, chosen by DOCTOR's LIMIT (1 to 4), said when a
  /// keyword is present but none of its decompositions fits (`limit-replies`).
  public var limitReplies: [Template] = []
  /// Asked again after a bad scale answer; `{min} {max} {low} {high}`.
  public var scaleRetry: String
  /// Added after three bad answers, mentioning `:skip`.
  public var scaleSkipOffer: String
  /// Asked again after a bad choice; `{count}`.
  public var choiceRetry: String
  /// Said when a free-text answer is empty.
  public var emptyAnswer: String
  /// Said after `:skip`.
  public var skipped: String
  /// Said after `:back`.
  public var wentBack: String
  /// Said after `:back` at the first question.
  public var nothingToUndo: String
  /// Said after a free-text answer that no rule replied to, a second time, before moving on.
  public var moveOn: String
  /// Said after `:note`.
  public var noteSaved: String
  /// Said on `:quit`.
  public var quit: String
  /// Said for a `:` command that does not exist; `{command}`.
  public var unknownCommand: String
  /// Said for `:why` before any free-text answer.
  public var whyNothing: String
  /// The sentences of `:why`.
  public var why: WhyWords
  /// Said when an answer could not be saved; `{reason}`.
  public var saveFailed: String
  /// Said when a session is resumed.
  public var welcomeBack: String
  /// The prompt's name for the room answering together (workshops).
  public var roomLabel: String
  /// The extra commands of workshop mode, for `:help`.
  public var workshopHelp: String
  /// Said for `:group` or `:pass` where the room answers together.
  public var groupNotHere: String
  /// Said when a participant passes; `{name}`.
  public var passed: String
  /// The room's lines when the safety net sets someone aside, and a workshop's other turns.
  public var workshop: WorkshopWords
  /// Said when a discussion timer starts or is extended; `{time}`.
  public var timerStarted: String
  /// Said when the timer is paused or resumed; `{time}`.
  public var timerLeft: String
  /// Said when the discussion time is up.
  public var timeUp: String
  /// The `:where` line; `{step} {total} {title}`.
  public var whereText: String
  /// The heading of the closing summary.
  public var summaryHeading: String
  /// The offer to correct the summary before it is saved; `{choices}`.
  public var summaryEditOffer: String
  /// Asks for the corrected words; `{current}`.
  public var summaryEditAsk: String
  /// How the offer names the choice of the goal ("1 to change your goal").
  public var summaryEditGoal: String
  /// How the offer names the choice of the next step ("2 to change your next step").
  public var summaryEditNextStep: String
  /// At the start of a practice, the question about last time's next step and its replies.
  public var followUp: FollowUpWords
  /// Plain words for each tag of the theme list (from `Prompts/tags.yaml`), and in a
  /// scenario's copy, for the scenario's own `x-` tags.
  public var tagNames: [String: String]
  /// Pronoun reflection.
  public var reflector: Reflector
  /// Text normalisation.
  public var normalizer: Normalizer
  /// Negation rules.
  public var negation: NegationScope

  /// Replaces `{name}` in a voice line with the given values.
  public static func fill(_ line: String, _ values: [String: String]) -> String {
    var result = line
    for (name, value) in values {
      result = result.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return result
  }
}

/// The safety net: rules for a first-person crisis, checked before anything else.
public struct SafetyNet: Sendable {
  /// Its own concepts.
  public var concepts: ConceptTable
  /// Its rules; any match flags the answer.
  public var rules: [Rule] {
    didSet { filter = RuleFilter(patterns: rules.map(\.pattern), concepts: concepts) }
  }
  /// The word index of its rules.
  var filter = RuleFilter(patterns: [], concepts: ConceptTable())
  /// The calm reply; `{helplines}` is filled in.
  public var reply: Template
  /// Asks whether to pause.
  public var pauseQuestion: String
  /// Said when the mentor chooses to pause.
  public var pauseReply: String
  /// Said when the mentor chooses to go on.
  public var continueReply: String
  /// In a workshop, what the facilitator alone is shown when a participant's answer is caught;
  /// `{name}` and `{helplines}`.
  public var workshopGuidance: String
  /// In a workshop, what the facilitator alone is shown when the group's answer is caught;
  /// `{helplines}`.
  public var workshopGroupGuidance: String
  /// The second net, for someone else at risk now, checked right after this one.
  public var otherAtRisk = OtherAtRiskNet()
}

/// Rules for someone else at risk now (a mentee, trainee, student, colleague or patient),
/// checked right after the mentor's own net: its reply is act-today guidance, and the session
/// goes on.
public struct OtherAtRiskNet: Sendable {
  /// Its own concepts.
  public var concepts = ConceptTable()
  /// Its rules; any match flags the answer.
  public var rules: [Rule] = [] {
    didSet { filter = RuleFilter(patterns: rules.map(\.pattern), concepts: concepts) }
  }
  /// The word index of its rules.
  var filter = RuleFilter(patterns: [], concepts: ConceptTable())
  /// The act-today guidance.
  public var reply = Template(literal: "")
  /// In a workshop, what the facilitator alone is shown when a participant describes someone
  /// at risk; `{name}` and `{helplines}`.
  public var workshopGuidance = ""
}

/// Help information, editable by the site running the tool.
public struct HelpLines: Sendable {
  /// One service.
  public struct Line: Sendable {
    /// Where it serves.
    public var region: String
    /// Its name.
    public var name: String
    /// How to reach it.
    public var contact: String
    /// Where the details come from.
    public var source: String
    /// When they were checked.
    public var checked: String
  }

  /// The local emergency line, as the site wrote it.
  public var local: String
  /// The services listed.
  public var lines: [Line]

  /// The help information as lines of text.
  public var text: String {
    var result = [local]
    for line in lines {
      result.append(
        "\(line.region): \(line.name), \(line.contact) (source: \(line.source), checked \(line.checked))"
      )
    }
    return result.filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
