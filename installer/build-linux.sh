#!/usr/bin/env bash
# Builds Alcove's Linux app-image (a jlinked runtime with the launcher target/installer/Alcove/bin/Alcove)
# and its .deb (installs to /opt/alcove) with the JDK's jpackage, from the fat jar target/alcove.jar.
#
#   installer/build-linux.sh [VERSION]      # VERSION defaults to the pom's <version>, -SNAPSHOT dropped
#   installer/build-linux.sh --image-only   # the app-image alone: no dpkg-deb or fakeroot needed
#   installer/build-linux.sh --dest DIR     # write to DIR instead of target/installer
#
# Needs a JDK 17+ jpackage (on PATH or in $JAVA_HOME/bin); the .deb also needs dpkg-deb and
# fakeroot (Debian: apt-get install -y fakeroot dpkg). The options every platform shares (modules,
# jlink options, main class) are in installer/app-image.args.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "build-linux.sh: $*" >&2; exit 1; }

image_only=false
version=""
out=target/installer
while [[ $# -gt 0 ]]; do
  case "$1" in
    --image-only) image_only=true ;;
    --dest) [[ $# -ge 2 ]] || die "--dest needs a folder"; out="$2"; shift ;;
    -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (valid: --image-only, --dest DIR, --help)" ;;
    *) version="$1" ;;
  esac
  shift
done

jar=target/alcove.jar
[[ -f "$jar" ]] || die "$jar is missing: run mvn -q -DskipTests package first"

jpackage_bin="$(command -v jpackage || true)"
if [[ -z "$jpackage_bin" && -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  jpackage_bin="$JAVA_HOME/bin/jpackage"
fi
[[ -n "$jpackage_bin" ]] || die "jpackage is missing: install a JDK 17 (Debian: apt-get install -y openjdk-17-jdk) or set JAVA_HOME"

if [[ "$image_only" == false ]]; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || die "$tool is missing (needed for the .deb): apt-get install -y fakeroot dpkg, or pass --image-only"
  done
fi

if [[ -z "$version" ]]; then
  # The project's own <version>: the first one after </parent> (if any), i.e. not a dependency's.
  version="$(sed -e '/<parent>/,/<\/parent>/d' pom.xml | sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' | head -n 1)"
  [[ -n "$version" ]] || die "could not read <version> from pom.xml: pass the version as an argument"
fi
version="${version%-SNAPSHOT}"   # jpackage wants digits and dots only
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$version' is not N[.N[.N]], which jpackage requires"

# Only what this script writes is removed: --dest may name a folder that holds other things.
rm -rf "$out/Alcove" "$out/input" "$out/resources" "$out"/alcove_*.deb
mkdir -p "$out/input"
cp "$jar" "$out/input/alcove.jar"   # --input copies the whole folder, so it holds the jar alone

# sqlite-jdbc carries its native library for twenty platforms (about 10 MB of the jar); the image
# runs on this one, so keep Linux (glibc and musl) for this machine's architecture only.
case "$(uname -m)" in
  x86_64|amd64) arch=x86_64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) arch="" ;;
esac
if [[ -n "$arch" ]] && command -v zip >/dev/null; then
  zip -q -d "$out/input/alcove.jar" 'org/sqlite/native/*' \
    -x "org/sqlite/native/Linux/$arch/*" "org/sqlite/native/Linux-Musl/$arch/*" \
    || die "could not drop the other platforms' SQLite libraries from the jar"
else
  echo "build-linux.sh: keeping every platform's SQLite library (no zip, or architecture $(uname -m))" >&2
fi

common=(
  --name Alcove
  --app-version "$version"
  --vendor "Alcove"
  --description "Desktop library catalogue: books, authors, imports and statistics"
  --dest "$out"
)

echo "jpackage $("$jpackage_bin" --version): Alcove $version app-image"
"$jpackage_bin" --type app-image "${common[@]}" @installer/app-image.args \
  --input "$out/input" \
  --icon assets/icon/alcove-256.png
rm -rf "$out/input"

echo "app-image: $(du -sh "$out/Alcove" | cut -f1) in $out/Alcove (launcher: $out/Alcove/bin/Alcove)"

if [[ "$image_only" == true ]]; then
  exit 0
fi

# Resources jpackage takes instead of its own: our desktop entry, under the name it looks for
# (<launcher name>.desktop), because its own has no %f in Exec and files opened from the file
# manager would not reach the app; and postinst/prerm that do not fail where there is no desktop menu.
mkdir -p "$out/resources"
cp installer/alcove.desktop "$out/resources/Alcove.desktop"
cp installer/linux/postinst installer/linux/prerm "$out/resources/"

echo "jpackage: Alcove $version .deb"
"$jpackage_bin" --type deb "${common[@]}" \
  --app-image "$out/Alcove" \
  --install-dir /opt \
  --linux-package-name alcove \
  --linux-app-category misc \
  --linux-package-deps libgtk-3-0 \
  --linux-shortcut \
  --linux-menu-group Office \
  --icon assets/icon/alcove-256.png \
  --resource-dir "$out/resources" \
  --file-associations installer/file-associations.properties

rm -rf "$out/resources"
deb="$(ls "$out"/alcove_*.deb)"
echo "deb: $(du -h "$deb" | cut -f1) $deb"
