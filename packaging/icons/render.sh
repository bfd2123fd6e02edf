#!/usr/bin/env bash
# Renders packaging/icons/stancemap.svg to the icon files the installers need:
#   OUT/stancemap-SIZE.png for SIZE in 16 32 48 64 128 256 512  (rsvg-convert, librsvg2-bin)
#   OUT/stancemap.png      = the 512 px one (jpackage --icon on Linux)
#   OUT/stancemap.ico      16–256 px, for a Windows .msi   (icotool, icoutils; skipped if missing)
#   OUT/stancemap.icns     16–512 px, for a macOS .dmg     (png2icns, icnsutils; skipped if missing)
# Usage: packaging/icons/render.sh [OUT]   (OUT defaults to target/icons in the repository)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/target/icons}
svg=$here/stancemap.svg

if ! command -v rsvg-convert >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "render.sh: installing librsvg2-bin (rsvg-convert)" >&2
        apt-get install -y -qq librsvg2-bin >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq librsvg2-bin >/dev/null; }
    else
        echo "render.sh: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)" >&2
        exit 1
    fi
fi

mkdir -p "$out"
for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$out/stancemap-$size.png"
done
cp "$out/stancemap-512.png" "$out/stancemap.png"

if command -v icotool >/dev/null; then
    # 256 px goes in as PNG (-r), the smaller sizes as classic bitmaps.
    icotool -c -o "$out/stancemap.ico" "$out"/stancemap-{16,32,48,64,128}.png -r "$out/stancemap-256.png"
fi
if command -v png2icns >/dev/null; then
    # png2icns knows 16, 32, 48, 128, 256, 512 (no 64).
    png2icns "$out/stancemap.icns" "$out"/stancemap-{16,32,48,128,256,512}.png >/dev/null
fi
echo "$out"
