#!/usr/bin/env bash
# Writes the fuzzing seed corpus under Fuzz/corpus/ from the bundled files: scenarios and the
# invalid-scenario fixtures (scenario), every `match:` pattern paired with answers from the
# conversation tests (pattern), those answers (normalizer), and the every-event-type snapshot
# (transcript; the two recorded sessions beside it were made with the fixture scenario).
# Run it when the bundled files change much; the result is committed. Usage: scripts/fuzz-seeds.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=Fuzz/corpus
mkdir -p "$corpus"/{scenario,pattern,transcript,normalizer}
for file in Scenarios/*.yaml Tests/CoachKitTests/Fixtures/first-meeting.yaml \
  Tests/CoachKitTests/Fixtures/invalid/*.yaml; do
  name=$(basename "$file")
  case "$file" in */invalid/*) name="invalid-$name" ;; esac
  cp "$file" "$corpus/scenario/$name"
done
answers=$(grep -h '^ *- say:' Scenarios/*.tests.yaml | sed -E 's/^ *- say: *//; s/^"(.*)"$/\1/' | sort -u)
count=0
while IFS= read -r answer; do
  count=$((count + 1))
  printf '%s' "$answer" > "$corpus/normalizer/answer-$(printf %03d $count)"
done <<< "$answers"
count=0
grep -h 'match:' Scenarios/*.yaml Prompts/themes.yaml Prompts/safety.yaml |
  sed -E 's/^ *(- )?match: *//; s/^"(.*)"$/\1/' | sort -u | head -120 |
  while IFS= read -r pattern; do
    count=$((count + 1))
    answer=$(sed -n "$((count % $(wc -l <<< "$answers") + 1))p" <<< "$answers")
    printf '%s\n%s' "$pattern" "$answer" > "$corpus/pattern/pattern-$(printf %03d $count)"
  done
cp Tests/TranscriptTests/Snapshots/everyEventType.jsonl "$corpus/transcript/every-event-type.jsonl"
echo "seeds: $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1)"
