#!/usr/bin/env bash
# Builds the per-platform icon files jpackage wants from the PNG renders in assets/icon
# (run assets/icon/render.sh first): alcove.ico for Windows (ImageMagick), alcove.icns for
# macOS (png2icns from Debian's icnsutils). Linux uses assets/icon/alcove-256.png directly.
set -euo pipefail
cd "$(dirname "$0")"
png=../../assets/icon
command -v convert >/dev/null || { echo "convert not found: apt-get install -y imagemagick" >&2; exit 1; }
command -v png2icns >/dev/null || { echo "png2icns not found: apt-get install -y icnsutils" >&2; exit 1; }
convert "$png"/alcove-{16,32,48,64,128,256}.png alcove.ico
png2icns alcove.icns "$png"/alcove-{16,32,48,128,256,512}.png >/dev/null
