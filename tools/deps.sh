#!/bin/sh
# Install the Debian packages the build needs, when they are missing.
# Run by `make`; uses apt-get directly as root, through sudo otherwise.
PKGS="cmake pkg-config libgmp-dev libmimalloc-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "ftpy: installing missing packages:$missing"
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "ftpy: please install these Debian packages (as root):$missing" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq $missing >/dev/null || {
  echo "ftpy: could not install:$missing -- install them with apt-get and retry" >&2; exit 1; }
