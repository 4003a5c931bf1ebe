#!/usr/bin/env bash
# Installs libedit's development files (and pkg-config) when they are missing.
# A fresh machine's package lists are empty, so `apt-get update` runs first.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libedit; then
  exit 0
fi
echo "libedit not found: installing libedit-dev with apt-get" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libedit-dev pkg-config >/dev/null
pkg-config --exists libedit
