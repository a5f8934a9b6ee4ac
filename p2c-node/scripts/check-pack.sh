#!/usr/bin/env sh
# Check that `npm pack` makes what users should install: a release addon without debug info, a
# tarball under 5 MB, the licence files, and no test or build files. `npm pack` runs the
# package's `prepack` (`npm run build`, a release build), exactly as `npm publish` would.
#
#   p2c-node/scripts/check-pack.sh [DEST]     (from anywhere; exit 1 when a check fails)
#
# The tarball is left in DEST (default: a temporary directory, removed afterwards). The addon
# that was in p2c-node/ before (the test command's debug build) is put back afterwards, so the
# tests that follow still run against it. Prints one summary line with the sizes and the speed
# ratio; scripts/check-pack.js does the checks.
set -eu

PKG="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
DEST="${1:-$WORK/out}"
mkdir -p "$DEST"
DEST="$(cd "$DEST" && pwd)"

# Keep the addon(s) built before, and restore them whatever happens.
mkdir -p "$WORK/saved"
for f in "$PKG"/p2c.*.node; do
    [ -e "$f" ] && cp -p "$f" "$WORK/saved/"
done
restore() {
    for f in "$WORK"/saved/p2c.*.node; do
        [ -e "$f" ] && cp -p "$f" "$PKG/"
    done
    rm -rf "$WORK"
}
trap restore EXIT
trap 'exit 130' INT TERM

cd "$PKG"
# `--json` prints the tarball's name, sizes and file list on stdout; prepack's build output
# goes to stderr (the build's progress) or is sent there.
npm pack --json --pack-destination "$DEST" > "$WORK/pack.json"
node "$PKG/scripts/check-pack.js" "$WORK/pack.json" "$DEST"
