#!/usr/bin/env bash
# End-to-end throughput of `gongbao extract --format claims`: generates about 20 MB of UTF-8 report text
# from the bundled benchmark report (examples/src/main/resources/bench/report-qinghe-2025h1.txt, 13,988
# bytes) in a temporary folder, and times whole runs of the CLI jar (JVM start-up included), output to a
# file. Prints MB/s of input text per run. It only measures: no assertion on time anywhere.
#
#   mvn -B -ntp -q -DskipTests package && bash examples/scripts/bench-extract.sh [MODE] [RUNS] [MB]
#
# MODE  jsonl (default): a JSON Lines corpus, one copy of the report per record ({"id":…,"text":…}),
#       read with extract --jsonl --id-field id (parsed on every core)
#       folder: one .txt file per copy in a folder, given as FILE arguments (what older jars can read too)
#       file: the copies concatenated into one text file (one report of 20 MB: one parse, one core)
#       all: the three, one after the other
# RUNS  timed runs after one untimed warm-up run (default 3); MB the input size (default 20).
# Environment: JAR (default examples/target/gongbao.jar), JAVA_OPTS (e.g. -Xmx256m), EXTRA (more extract
# options, e.g. "--threads 1").
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-jsonl}
runs=${2:-3}
mb=${3:-20}
jar=${JAR:-examples/target/gongbao.jar}
sample=examples/src/main/resources/bench/report-qinghe-2025h1.txt
[[ -f "$jar" ]] || { echo "bench-extract: $jar not found: mvn -B -ntp -q -DskipTests package" >&2; exit 2; }
tmp=$(mktemp -d /tmp/gongbao-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
copies=$(( mb * 1000 * 1000 / $(stat -c %s "$sample") + 1 ))

# one text file: the copies concatenated
for ((i = 0; i < copies; i++)); do cat "$sample"; done > "$tmp/input.txt"
# a JSON Lines corpus: one record per copy, the text JSON-escaped once
python3 - "$sample" "$copies" "$tmp/input.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[2])):
        out.write(json.dumps({"id": "report-%05d" % i, "text": text}, ensure_ascii=False) + "\n")
PY
mkdir -p "$tmp/folder"
for ((i = 0; i < copies; i++)); do cp "$sample" "$tmp/folder/report-$(printf %05d "$i").txt"; done
text_bytes=$(stat -c %s "$tmp/input.txt")

# one timed run: prints "wall user sys" in seconds
timed() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" > "$tmp/out.jsonl" 2> "$tmp/err.txt"; } 2>&1
}

bench() {
  local name=$1; shift
  echo "== $name: $text_bytes bytes of report text ($copies copies)"
  local shown=("$@")
  (( ${#shown[@]} > 6 )) && shown=("${shown[@]:0:2}" "… ($(( ${#shown[@]} - 2 )) more files)")
  # shellcheck disable=SC2086
  echo "   java ${JAVA_OPTS:-} -jar $jar extract --format claims ${EXTRA:-} ${shown[*]} > out"
  echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; other jobs share them)"
  for ((i = 0; i <= runs; i++)); do
    # shellcheck disable=SC2086
    read -r wall user sys < <(timed java ${JAVA_OPTS:-} -jar "$jar" extract --format claims ${EXTRA:-} "$@")
    if (( i == 0 )); then
      echo "   warm-up: $wall s"
    else
      awk -v b="$text_bytes" -v w="$wall" -v u="$user" -v s="$sys" -v i="$i" 'BEGIN {
        printf "   run %d: %.2f s wall, %.1f MB/s; %.2f s CPU (%.1f MB per CPU-second)\n",
          i, w, b / 1e6 / w, u + s, b / 1e6 / (u + s) }'
    fi
  done
  echo "   output: $(wc -l < "$tmp/out.jsonl") claims, $(stat -c %s "$tmp/out.jsonl") bytes;" \
    "stderr: $(wc -l < "$tmp/err.txt") lines"
}

case "$mode" in
  jsonl) bench "JSON Lines corpus" --jsonl --id-field id "$tmp/input.jsonl" ;;
  folder) bench "folder of files" "$tmp"/folder/*.txt ;;
  file) bench "one text file" "$tmp/input.txt" ;;
  all)
    bench "JSON Lines corpus" --jsonl --id-field id "$tmp/input.jsonl"
    bench "folder of files" "$tmp"/folder/*.txt
    bench "one text file" "$tmp/input.txt" ;;
  *) echo "bench-extract: MODE is jsonl, folder, file or all" >&2; exit 2 ;;
esac
