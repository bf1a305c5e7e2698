#!/usr/bin/env bash
# Renders the icon to the PNG sizes the installers and the app use (needs Debian's librsvg2-bin)
# and copies the two the app loads into its resources.
# alcove-16.svg is the same motif redrawn on a 16 px grid: the full drawing blurs at that size.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install -y librsvg2-bin" >&2; exit 1; }
rsvg-convert --width 16 --height 16 alcove-16.svg --output alcove-16.png
for size in 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" alcove.svg --output "alcove-$size.png"
done
resources=../../src/main/resources/org/alcove/ui/icons
mkdir -p "$resources"
cp alcove-256.png "$resources/alcove-256.png"
cp alcove-32.png "$resources/alcove-32.png"
