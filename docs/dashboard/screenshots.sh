#!/bin/sh
# Refreshes the dashboard screenshots of the README (docs/dashboard/*.png): the dashboard test
# takes them in headless Chromium (Debian's chromium and chromium-driver) over a store of the
# examples/ articles, then pngquant (Debian's pngquant, if installed) makes them smaller.
# Run from the repository root.
set -eu
out="$(pwd)/docs/dashboard"
COMITY_SCREENSHOTS="$out" cargo test -j1 -p comity-cli --test dashboard
if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --strip --ext .png --quality 70-95 "$out"/*.png || true
fi
ls -l "$out"/*.png
