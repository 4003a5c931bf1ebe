/// The starter files `mentor-coach new` writes: a short scenario that shows each part of the
/// format with comments, and conversation tests that pass as written.
enum StarterScenario {
  /// The scenario file for `id`; `schema` is the editor's schema line, or empty.
  static func scenario(id: String, schema: String) -> String {
    schema + """
      # A starter scenario written by `mentor-coach new`. Change the words, keep the shape:
      #   mentor-coach validate \(id).yaml         checks it and points at any mistake
      #   mentor-coach test \(id).tests.yaml       runs its conversation tests
      #   mentor-coach practice \(id) --scenarios .   tries it as a mentor would
      # Every key is described in docs/scenario-format.md; the theme tags in docs/themes.md.
      id: \(id)
      title: A new practice scenario    # the name on the home screen
      area: time                        # an area of the theme list, or other
      summary: One line that says what the mentor will practise.
      minutes: 10                       # about how long it takes
      version: 1                        # raise it when you change the wording

      concepts:                         # named lists of words, used as @name in patterns
        worry: [worried, nervous, anxious, unsure, stuck]

      steps:
        - id: rating-before
          ask: scale
          question: Before we start, how confident do you feel about this part of mentoring?
          scale: {min: 1, max: 7, low: not at all confident, high: completely confident}
          report: rating-before         # the report compares it with 'rating-after'

        - id: goal
          ask: text
          question: What would you like to have by the end of this practice?
          report: goal                  # the report lists these answers under "Goals"
          rules:
            - match: "*"
              reply: Thank you. Let's keep that in view.

        - id: situation
          ask: text
          question: What is the situation you would like to think through?
          rules:
            - match: "* feeling=@worry *"   # 'feeling=' names the words the reply repeats
              reply: "You feel {feeling} about it, and that is worth looking at."
          fallback:                     # open questions when no rule replies
            - Tell me a little more about that.
            - What matters most to you in this?

        - id: next-step
          ask: text
          question: What is one thing you will do, and when?
          report: next-step             # the report lists these under "Next steps"
          rules:
            - match: "* (today|tomorrow|this week|next week) *"
              tags: [time.plan]
              reply: That has a time attached, which makes it far more likely to happen.
          fallback: [What is one small step you could take this week?]

        - id: rating-after
          ask: scale
          question: And now, how confident do you feel?
          scale: {min: 1, max: 7, low: not at all confident, high: completely confident}
          report: rating-after

        - id: summary
          end: true
          say: |
            Here is what you wrote today.
            What you wanted: "{answer:goal}"
            The situation: "{answer:situation}"
            Your next step: "{answer:next-step}"
            Your confidence: {rating:rating-before} out of 7 at the start, {rating:rating-after} now.

      """
  }

  /// The tests file for `id`; `schema` is the editor's schema line, or empty.
  static func tests(id: String, schema: String) -> String {
    schema + """
      # Conversation tests for \(id).yaml: what the mentor types, and what must follow.
      # Run them with: mentor-coach test \(id).tests.yaml
      scenario: \(id)
      tests:
        - name: a worried mentor is heard and a dated step is affirmed
          turns:
            - say: "3"
              step: goal
            - say: A plan for my next meeting with her
              reply-contains: keep that in view
              step: situation
            - say: I am worried she will stop coming
              reply-contains: "You feel worried about it"
              step: next-step
            - say: I will email her this week
              tags: [time.plan]               # these tags must all be present
              reply-contains: time attached   # the coach's words contain this
              step: rating-after              # the step reached after this turn
            - say: "5"
              reply-contains: "3 out of 7 at the start, 5 now"

      """
  }
}
