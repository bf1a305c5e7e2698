#!/usr/bin/env bash
# Runs the shared workload (shared/bench/WORKLOAD.md) on Django's ORM, hand-written JDBC and Alcove,
# one after another on the same data, and prints each key with the three figures and Alcove's ratios.
#
# Usage: bench/compare.sh [DATA_DIR] [SHARED_BENCH_DIR]
#   DATA_DIR          where gen_data.py writes (default /tmp/catalog-data; generated when missing)
#   SHARED_BENCH_DIR  the folder holding WORKLOAD.md, gen_data.py and peers/ (default ../shared/bench)
# Needs python3, Debian's python3-django (apt-get install -y python3-django) and Maven.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-/tmp/catalog-data}
shared=${2:-$here/../shared/bench}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT # the benchmark's catalogue is large: gone however the script ends
started=$(date -u '+%Y-%m-%d %H:%M UTC')

[[ -f $shared/gen_data.py ]] || { echo "compare.sh: no gen_data.py in $shared" >&2; exit 2; }
if [[ ! -f $data/books.csv ]]; then
  echo "generating data in $data ..." >&2
  python3 "$shared/gen_data.py" "$data"
fi
# Always (re)build: a jar left from an older checkout would measure old code.
echo "building target/alcove.jar ..." >&2
(cd "$here" && mvn -q -B -DskipTests package >&2)

echo "Django ..." >&2
if /usr/bin/python3 -c 'import django' 2>/dev/null; then
  bash "$shared/peers/django/run.sh" "$data" > "$out/django.json"
else
  echo "compare.sh: python3-django is not installed (apt-get install -y python3-django); Django column left empty" >&2
  echo '{}' > "$out/django.json"
fi
echo "JDBC ..." >&2
bash "$shared/peers/jdbc/run.sh" "$data" > "$out/jdbc.json"
echo "Alcove ..." >&2
# As a user runs it: java -jar starts again with the launch options every path shares
# (src/main/resources/org/alcove/jvm.options: the serial collector, a small first heap).
# Its progress goes to a file, shown when the run fails.
java -jar "$here/target/alcove.jar" bench --data "$data" --db "$out/alcove.alcove" --json \
  > "$out/alcove.json" 2> "$out/alcove.err" || { cat "$out/alcove.err" >&2; exit 1; }

# The date, machine and versions the table was measured with, for the README's performance section.
os_name=$( . /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-}" || true)
jdbc_version=$(unzip -p "$here/target/alcove.jar" META-INF/maven/org.xerial/sqlite-jdbc/pom.properties 2>/dev/null \
  | sed -n 's/^version=//p' || true)
django_version=$(/usr/bin/python3 -c 'import django, sqlite3; print(django.get_version(), "on SQLite", sqlite3.sqlite_version)' 2>/dev/null \
  || echo "not installed")
echo "Measured from $started on ${os_name:-$(uname -s)}, $(nproc) cores, \
$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); \
$(java -version 2>&1 | head -1 | sed 's/ version//; s/"//g') with the launch options (jvm.options), sqlite-jdbc ${jdbc_version:-?}; \
Django $django_version."
echo

python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
d = {k: json.load(open(os.path.join(out, k + ".json"))) for k in ("django", "jdbc", "alcove")}
higher_is_better = lambda k: k.endswith("_per_s")
keys = [k for k in d["alcove"] if k.startswith("W") or k == "peak_rss_mb"]
def fmt(v):
    return "" if v is None else (f"{v:,.3f}".rstrip("0").rstrip(".") if isinstance(v, float) else f"{v:,}")
def ratio(a, b, k):
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) or not a or not b or k.endswith(("_rows", "_deleted", "_books")):
        return ""
    r = a / b if higher_is_better(k) else b / a
    return f"{r:.2f}x"
print("| key | Django | JDBC | Alcove | Alcove vs Django | Alcove vs JDBC |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for k in keys:
    a, dj, jd = d["alcove"].get(k), d["django"].get(k), d["jdbc"].get(k)
    print(f"| {k} | {fmt(dj)} | {fmt(jd)} | {fmt(a)} | {ratio(a, dj, k)} | {ratio(a, jd, k)} |")
print()
print("Ratios are speed-ups: above 1.00x Alcove is faster (or, for rows/s, imports more per second).")
PY
