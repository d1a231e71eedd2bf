#!/usr/bin/env bash
# Reproducible build check: builds the project twice from clean copies of this working tree, in two
# different folders, and compares the SHA-256 of every jar they produce (libraries, sources and Javadoc
# jars, the CLI and the benchmarks jars). Exit 0 when all are byte-identical, 1 otherwise.
#
#   bash examples/scripts/check-reproducible.sh            # about 3 minutes on a 2-core machine
#
# Tests are skipped (they do not change the jars); nothing is installed into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/gongbao-repro.XXXXXX)
trap 'rm -rf "$work"' EXIT
for n in 1 2; do
  mkdir -p "$work/build-$n"
  # the tracked and new (not ignored) files of the working tree, without any target/ folder
  git ls-files -z --cached --others --exclude-standard | grep -zv '/target/' \
    | tar --null -T - -cf - | tar -xf - -C "$work/build-$n"
  echo "build $n in $work/build-$n"
  (cd "$work/build-$n" && mvn -B -ntp -q -DskipTests verify > "$work/build-$n.log" 2>&1) \
    || { echo "build $n failed:"; tail -30 "$work/build-$n.log"; exit 1; }
  (cd "$work/build-$n" && find . -path '*/target/*.jar' -not -name 'original-*' | sort \
    | xargs sha256sum) > "$work/sums-$n.txt"
  sleep 2   # a different wall-clock time for the second build
done
echo
cat "$work/sums-1.txt"
echo
if diff "$work/sums-1.txt" "$work/sums-2.txt" > "$work/diff.txt"; then
  echo "reproducible: $(wc -l < "$work/sums-1.txt") jars byte-identical in two clean builds"
else
  echo "NOT reproducible:"
  cat "$work/diff.txt"
  exit 1
fi
