#!/usr/bin/env bash
# Builds Alcove.app and a .dmg on macOS with the JDK's jpackage, from the fat jar target/alcove.jar.
# (jpackage builds only for the platform it runs on, so this runs on a Mac with a JDK 17+.)
#
#   installer/build-macos.sh [VERSION]       # VERSION defaults to the pom's <version>, -SNAPSHOT dropped
#
# Signing and notarisation are left out; to sign, add to the app-image step
#   --mac-sign --mac-signing-key-user-name "Developer ID Application: NAME (TEAMID)"
# and notarise the .dmg with xcrun notarytool afterwards.
# Output goes to target/installer/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "build-macos.sh: $*" >&2; exit 1; }

jar=target/alcove.jar
[[ -f "$jar" ]] || die "$jar is missing: run mvn -q -DskipTests package first"

jpackage_bin="$(command -v jpackage || true)"
if [[ -z "$jpackage_bin" && -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  jpackage_bin="$JAVA_HOME/bin/jpackage"
fi
[[ -n "$jpackage_bin" ]] || die "jpackage is missing: install a JDK 17 or set JAVA_HOME"

version="${1:-}"
if [[ -z "$version" ]]; then
  version="$(sed -e '/<parent>/,/<\/parent>/d' pom.xml | sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' | head -n 1)"
  [[ -n "$version" ]] || die "could not read <version> from pom.xml: pass the version as an argument"
fi
version="${version%-SNAPSHOT}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "version '$version' is not N[.N[.N]], which jpackage requires"
# macOS bundle versions (CFBundleVersion) may not start with 0: jpackage refuses 0.1.0.
[[ "$version" != 0* ]] || die "macOS refuses version $version (first number 0): pass one, e.g. installer/build-macos.sh 1.0.0"

out=target/installer
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/alcove.jar"

common=(
  --name Alcove
  --app-version "$version"
  --vendor "Alcove"
  --description "Desktop library catalogue: books, authors, imports and statistics"
  --dest "$out"
)

# The modules, jlink options and main class every platform shares are in installer/app-image.args.
"$jpackage_bin" --type app-image "${common[@]}" @installer/app-image.args \
  --input "$out/input" \
  --icon installer/icons/alcove.icns \
  --mac-package-identifier org.alcove \
  --mac-package-name Alcove \
  --mac-app-category public.app-category.productivity
rm -rf "$out/input"
echo "app-image: $(du -sh "$out/Alcove.app" | cut -f1) in $out/Alcove.app"

"$jpackage_bin" --type dmg "${common[@]}" \
  --app-image "$out/Alcove.app" \
  --file-associations installer/file-associations.properties
echo "dmg: $(ls "$out"/Alcove-*.dmg)"
