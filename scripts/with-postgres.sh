#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server, then stops the server and removes it,
# whether the command passed or not.
#
# The cluster lives in a fresh temporary folder (initdb), listens only on a Unix socket in
# that folder (no TCP port), trusts local connections, and is gone afterwards. The command
# gets MENTOR_COACH_TEST_POSTGRES, a libpq connection string for the cluster's superuser
# `postgres`; the database tests read it (and are skipped when it is not set).
# PostgreSQL refuses to run as root, so as root the server runs as the user `nobody`.
# Extra server settings can be passed in PG_SETTINGS (e.g. "-c fsync=off").
# Usage: scripts/with-postgres.sh COMMAND [ARG...]
set -euo pipefail

find_bindir() {
  local candidate
  candidate=$(pg_config --bindir 2>/dev/null || true)
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
    echo "$candidate"
    return
  fi
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      echo "$candidate"
      return
    fi
  done
  candidate=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then echo "$candidate"; fi
}

bindir=$(find_bindir)
if [ -z "$bindir" ]; then
  echo "with-postgres: no PostgreSQL server found (initdb, pg_ctl); install the postgresql package" >&2
  exit 2
fi

folder=$(mktemp -d /tmp/mentor-coach-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody "$folder"
  run_as=(runuser -u nobody --)
fi

stop() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM

locale=C.UTF-8
if ! locale -a 2>/dev/null | grep -qix 'c.utf-\?8'; then locale=C; fi
if ! "${run_as[@]}" "$bindir/initdb" -D "$folder/data" -U postgres --auth=trust \
  --encoding=UTF8 --locale="$locale" --no-sync >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  exit 2
fi
if ! "${run_as[@]}" "$bindir/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -s \
  -o "-k $folder -c listen_addresses='' ${PG_SETTINGS:-}" start; then
  cat "$folder/server.log" >&2
  exit 2
fi
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $folder" >&2
export MENTOR_COACH_TEST_POSTGRES="host=$folder user=postgres dbname=postgres"
status=0
"$@" || status=$?
exit "$status"
