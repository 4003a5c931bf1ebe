#!/usr/bin/env bash
# make test: checks what `make package` built. The .deb's control file and contents; then the
# package unpacked into a scratch root (dpkg -x) and its binary run there with an empty
# environment, so nothing of the Swift toolchain is on its library path: --version, list, a
# piped practice session, a completion, and the man page through man -l. The tarball must hold
# the same files and run from where it is unpacked.
# Usage: scripts/check-package.sh DIST
set -euo pipefail
dist=$1
deb=$(ls "$dist"/mentor-coach_*.deb)
tarball=$(ls "$dist"/mentor-coach-*.tar.gz)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() {
  echo "check-package: $*" >&2
  exit 1
}
run() { env -i PATH=/usr/bin:/bin HOME="$scratch/home" "$@"; }

control=$(dpkg-deb --field "$deb")
for field in Package Version Architecture Maintainer Installed-Size Depends Description; do
  grep -q "^$field: " <<<"$control" || fail "the control file has no $field field"
done
depends=$(dpkg-deb --field "$deb" Depends)
for package in libc6 libedit2 wamerican; do
  grep -q "\b$package\b" <<<"$depends" || fail "Depends does not name $package: $depends"
done

expected="./usr/bin/mentor-coach
./usr/share/bash-completion/completions/mentor-coach
./usr/share/doc/mentor-coach/copyright
./usr/share/fish/vendor_completions.d/mentor-coach.fish
./usr/share/man/man1/mentor-coach.1.gz
./usr/share/mentor-coach/Prompts/safety.yaml
./usr/share/mentor-coach/Prompts/voice.yaml
./usr/share/mentor-coach/Scenarios/time-management.yaml
./usr/share/zsh/vendor-completions/_mentor-coach"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
while read -r path; do
  grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done <<<"$expected"

dpkg -x "$deb" "$scratch/root"
binary=$scratch/root/usr/bin/mentor-coach
libraries=$(run ldd "$binary")
if grep -Ei 'swift|Foundation|dispatch|icu|not found' <<<"$libraries"; then
  fail "the binary loads the libraries above; it should need only Debian's C libraries"
fi
readelf -S "$binary" | grep -q '\.symtab' && fail "the binary is not stripped"

version=$(run "$binary" --version)
[ "$version" = "$(dpkg-deb --field "$deb" Version)" ] || fail "--version printed '$version'"
list=$(run "$binary" list)
for id in boundaries self-doubt time-management; do
  grep -q "^$id " <<<"$list" || fail "list does not show $id: $list"
done
session=$(printf '%s\n' "Clinics overrun and the rota eats everything" 3 :quit |
  run "$binary" practice time-management --home "$scratch/home")
grep -q '^> 3$' <<<"$session" || fail "the piped session did not take the answers: $session"
transcript=$(ls "$scratch"/home/sessions/*-time-management-*.jsonl)
grep -q 'Clinics overrun' "$transcript" || fail "the answer is not in $transcript"
completion=$(run "$binary" ---completion resume -- positional@0 3 0 mentor-coach resume \
  --home "$scratch/home" "")
[ "$completion" = "$(basename "$transcript" .jsonl)" ] || fail "resume completed '$completion'"
completion=$(run "$binary" ---completion practice -- positional@0 2 4 mentor-coach practice self)
[ "$completion" = self-doubt ] || fail "practice completed '$completion'"

page=$(run MANWIDTH=80 man -l "$scratch/root/usr/share/man/man1/mentor-coach.1.gz" 2>&1)
for heading in NAME SYNOPSIS COMMANDS OPTIONS ENVIRONMENT FILES 'EXIT STATUS'; do
  grep -q "^$heading" <<<"$page" || fail "the man page has no $heading section"
done
grep -q '128+N' <<<"$page" || fail "the man page does not give the exit code after a signal"

mkdir "$scratch/tar"
tar -C "$scratch/tar" -xzf "$tarball"
folder=$(ls "$scratch/tar")
diff <(cd "$scratch/root/usr" && find . -type f | sort) \
  <(cd "$scratch/tar/$folder" && find . -type f | sort) || fail "the tarball and the .deb differ"
run "$scratch/tar/$folder/bin/mentor-coach" list | grep -q '^self-doubt ' ||
  fail "the binary unpacked from the tarball does not find its scenarios"
echo "package checked: $(basename "$deb") and $(basename "$tarball") ($(wc -c <"$binary") bytes)"
