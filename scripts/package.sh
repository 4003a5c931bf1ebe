#!/usr/bin/env bash
# make package: the .deb and the tarball, from a root that `make install PREFIX=/usr
# DESTDIR=ROOT` filled. The .deb's Depends comes from the binary's NEEDED entries
# (dpkg-shlibdeps); the tarball holds the same files relative to /usr, under one folder, and
# runs from wherever it is unpacked (the binary finds ../share/mentor-coach).
# Usage: scripts/package.sh ROOT OUTDIR
set -euo pipefail
root=$(realpath "$1")
mkdir -p "$2"
out=$(realpath "$2")
binary=$root/usr/bin/mentor-coach
version=$("$binary" --version)
arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# dpkg-shlibdeps expects the usual layout: debian/control, and the files in debian/PACKAGE.
deb_root=$work/debian/mentor-coach
mkdir -p "$work/debian"
printf 'Source: mentor-coach\n\nPackage: mentor-coach\nArchitecture: any\n' >"$work/debian/control"
cp -a "$root" "$deb_root"
mkdir -p "$deb_root/DEBIAN"
depends=$(cd "$work" && dpkg-shlibdeps -O "debian/mentor-coach/usr/bin/mentor-coach" |
  sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "package.sh: no dependencies found for $binary" >&2; exit 1; }
# libpq is loaded with dlopen when a command first needs the database (Sources/CLibPQ), so it
# is not among NEEDED; it is still a dependency.
depends="$depends, libpq5"

cat >"$deb_root/DEBIAN/control" <<CONTROL
Package: mentor-coach
Version: $version
Architecture: $arch
Maintainer: ${MAINTAINER:-MentorCoach authors <mentor-coach@localhost>}
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: $depends
Section: education
Priority: optional
Description: practice coach for clinicians who are becoming mentors
 A calm, private coach in the terminal. It walks new mentors through short practice
 scenarios on self-doubt, finding time to mentor, and boundaries; reflects back what they
 write; and ends with a summary and a plan in their own words. Facilitators run scenarios
 for a room and programme leads review, search and report on the transcripts.
CONTROL
(cd "$deb_root" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
deb=$out/mentor-coach_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zgzip --build "$deb_root" "$deb" >/dev/null

tarball=$out/mentor-coach-$version-linux-$arch.tar.gz
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$root/usr" \
  --transform "s,^\.,mentor-coach-$version," -czf "$tarball" .
echo "built $deb ($depends)"
echo "built $tarball"
