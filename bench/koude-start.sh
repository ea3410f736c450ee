#!/usr/bin/env bash
# Start-up benchmark: cold wall time of `./galacheck check regions/` (a new JVM each run, the jar
# already built), with the phase times galacheck reports under GALACHECK_TIJDEN.
# Usage: bench/koude-start.sh [runs]   (default 10). Prints each run and the median.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./galacheck --version >/dev/null            # builds the jar if needed; not measured
tijden=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  fases=$(GALACHECK_TIJDEN=1 ./galacheck check regions/ 2>&1 >/dev/null | grep '^tijden' || true)
  eind=$(date +%s%N)
  ms=$(( (eind - start) / 1000000 ))
  tijden+=("$ms")
  echo "run $i: ${ms} ms  ${fases}"
done
mediaan=$(printf '%s\n' "${tijden[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "mediaan van ${runs} koude runs: ${mediaan} ms"
