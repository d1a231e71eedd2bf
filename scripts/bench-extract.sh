#!/usr/bin/env bash
# End-to-end throughput of `gongbao extract`: generates about 20 MB of report text from the bundled
# benchmark report (examples/src/main/resources/bench/report-qinghe-2025h1.txt) in a temporary folder and
# times `extract --format claims` on it, output to /dev/null. Prints MB/s of UTF-8 input per run.
#
#   mvn -B -ntp -q -DskipTests package && bash scripts/bench-extract.sh [RUNS] [MB] [JAR] [-- EXTRA ARGS…]
#
# RUNS (default 3) timed runs after one warm-up run; MB (default 20) size of the generated input;
# JAR (default examples/target/gongbao.jar). JAVA_OPTS is passed to java (e.g. JAVA_OPTS=-Xmx256m).
# Arguments after -- go to extract (e.g. -- --encoding UTF-8). No wall-clock assertion: it only measures.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mb=${2:-20}
jar=${3:-examples/target/gongbao.jar}
shift $(( $# < 3 ? $# : 3 )) || true
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
sample=examples/src/main/resources/bench/report-qinghe-2025h1.txt
[[ -f "$jar" ]] || { echo "bench-extract: $jar not found: build with mvn -B -ntp -q -DskipTests package" >&2; exit 2; }
tmp=$(mktemp -d /tmp/gongbao-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
input=$tmp/input.txt
target=$(( mb * 1000 * 1000 ))
while (( $(stat -c %s "$input" 2>/dev/null || echo 0) < target )); do
  cat "$sample" >> "$input"
done
bytes=$(stat -c %s "$input")
echo "input: $bytes bytes of UTF-8 ($(( bytes / 1000000 )) MB, $(( bytes / $(stat -c %s "$sample") )) copies of $(basename "$sample"))"
echo "command: java ${JAVA_OPTS:-} -jar $jar extract --format claims ${extra[*]} INPUT > /dev/null"
run() {
  local start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" extract --format claims "${extra[@]}" "$input" > "$tmp/out.jsonl"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
run > /dev/null   # warm-up (file cache)
for i in $(seq 1 "$runs"); do
  ms=$(run)
  awk -v b="$bytes" -v ms="$ms" -v i="$i" 'BEGIN { printf "run %d: %.2f s, %.1f MB/s\n", i, ms / 1000, b / 1e6 / (ms / 1000) }'
done
echo "claims: $(wc -l < "$tmp/out.jsonl") lines"
