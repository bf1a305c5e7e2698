#!/usr/bin/env bash
# Builds Alcove's Linux app-image (a jlinked runtime with the launcher target/installer/Alcove/bin/Alcove)
# and its .deb (installs to /opt/alcove) with the JDK's jpackage, from the fat jar target/alcove.jar.
#
#   installer/build-linux.sh [VERSION]      # VERSION defaults to the pom's <version>, -SNAPSHOT dropped
#   installer/build-linux.sh --image-only   # the app-image alone: no dpkg-deb or fakeroot needed
#
# Output goes to target/installer/. Needs a JDK 17+ jpackage (on PATH or in $JAVA_HOME/bin);
# the .deb also needs dpkg-deb and fakeroot (Debian: apt-get install -y fakeroot dpkg).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "build-linux.sh: $*" >&2; exit 1; }

image_only=false
version=""
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=true ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) die "unknown option $arg (valid: --image-only, --help)" ;;
    *) version="$arg" ;;
  esac
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

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/alcove.jar"   # --input copies the whole folder, so it holds the jar alone

common=(
  --name Alcove
  --app-version "$version"
  --vendor "Alcove"
  --description "Desktop library catalogue: books, authors, imports and statistics"
  --dest "$out"
)

echo "jpackage $("$jpackage_bin" --version): Alcove $version app-image"
"$jpackage_bin" --type app-image "${common[@]}" \
  --input "$out/input" \
  --main-jar alcove.jar \
  --main-class org.alcove.Launcher \
  --add-modules java.base,java.desktop,java.scripting,java.sql,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,java.logging,java.naming,java.management \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --java-options "-Dfile.encoding=UTF-8" \
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
