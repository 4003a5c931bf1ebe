#!/usr/bin/env bash
# The programme benchmark of `make bench`, run inside scripts/with-postgres.sh: generates
# SESSIONS sessions (default 100000; PROGRAMME_BENCH_SESSIONS to change), shares them all
# into the throwaway PostgreSQL, then times `review search` and `review report` over the same
# sessions from the files and from the database, as medians of RUNS runs, with ratios.
# Usage: scripts/with-postgres.sh scripts/bench-programme.sh BIN_DIR
set -euo pipefail
bin=$1
sessions=${PROGRAMME_BENCH_SESSIONS:-100000}
runs=${PROGRAMME_BENCH_RUNS:-3}
db=${MENTOR_COACH_TEST_POSTGRES:?run me through scripts/with-postgres.sh}
root=$(mktemp -d /tmp/coach-bench-programme.XXXXXX)
trap 'rm -rf "$root"' EXIT
home=$root/home
coach() { NO_COLOR=1 "$bin/mentor-coach" "$@" --home "$home"; }

now() { date +%s.%N; }
# calc EXPRESSION A B: arithmetic on two decimal numbers, e.g. calc 'a - b' 3.2 1.1.
calc() { awk -v a="$2" -v b="$3" "BEGIN { print $1 }"; }
# median SECONDS...: the middle value.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# timed COMMAND...: runs it RUNS times with its output thrown away; prints the median seconds.
timed() {
  local times=() start
  for _ in $(seq "$runs"); do
    start=$(now)
    "$@" >/dev/null
    times+=("$(calc 'a - b' "$(now)" "$start")")
  done
  median "${times[@]}"
}

echo "programme: $sessions generated sessions, shared into PostgreSQL ($runs runs per timing)"
"$bin/coach-bench" review --generate "$home/sessions" "$sessions"
# A data folder others can read draws a warning on every command: keep it private.
chmod -R go-rwx "$home"
coach programme init --db "$db" >/dev/null
start=$(now)
coach share --all-finished --to "$db"
share=$(calc 'a - b' "$(now)" "$start")
shared=$(psql "$db" -tAc "SELECT count(*) FROM sessions")
events=$(psql "$db" -tAc "SELECT count(*) FROM events")
size=$(psql "$db" -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))")
printf '  share --all-finished: %d sessions (%d events, database %s) in %.1f s: %.0f sessions/s\n' \
  "$shared" "$events" "$size" "$share" "$(calc 'a / b' "$shared" "$share")"
again_start=$(now)
coach share --all-finished --to "$db" >/dev/null
again=$(calc 'a - b' "$(now)" "$again_start")
printf '  share again (idempotent, nothing new): %.1f s; sessions still %s\n' "$again" \
  "$(psql "$db" -tAc "SELECT count(*) FROM sessions")"

# Only the shared (finished) sessions are compared: the files are moved aside otherwise.
mkdir -p "$root/unshared"
for file in "$home"/sessions/*.jsonl; do
  grep -q '"completed":true' "$file" || mv "$file" "$root/unshared/"
done
compare() {
  local label=$1
  shift
  local files database
  files=$(timed coach review "$@")
  database=$(timed coach review "$@" --db "$db")
  printf '  review %-28s files %7.2f s   database %7.2f s   database/files %.2f\n' \
    "$label" "$files" "$database" "$(calc 'a / b' "$database" "$files")"
}
compare "search mentee" search mentee
compare "search --tag boundary" search --tag boundary
compare "list --workshop W-10" list --workshop W-10
compare "report --format md" report --format md
compare "report --workshop W-10" report --format md --workshop W-10
if cmp -s <(coach review report --format md) <(coach review report --format md --db "$db"); then
  echo "  the report from the database is identical to the report from the files"
else
  echo "  the report from the database DIFFERS from the report from the files" >&2
  exit 1
fi
