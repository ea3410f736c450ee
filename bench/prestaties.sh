#!/usr/bin/env bash
# Performance benchmark (issue 15), kept out of the test suite. On this machine it reports:
#   1. one small region cold (regions/vb-zuid.yaml), text
#   2. the national test set (38 regions, 342 municipalities) cold, text and JSON
#   3. ten times that (380 regions, 3,420 municipalities) cold, text and JSON
#      — each a whole `./galacheck` process: median wall time and median peak memory (max RSS) of GNU time -v
#   4. in-process (JMH): loading alone, evaluation, loading + evaluation, rendering per format, per region
#   5. warm evaluation throughput with the knowledge base built once, one and two threads (regions/s)
# Usage: bench/prestaties.sh [runs]        (default 5 cold runs per figure)
#        SNEL=1 bench/prestaties.sh        (JMH with one short iteration: a smoke run, not figures to quote)
#        ALLEEN=koud|jmh bench/prestaties.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
command -v /usr/bin/time >/dev/null || { echo "GNU time ontbreekt (Debian: apt-get install time)" >&2; exit 2; }

set1=target/landelijke-set
set10=target/landelijke-set-10x
./galacheck --version >/dev/null            # builds the jar and its start-up archive if needed; not measured
[ -d "$set1" ] || bench/landelijke-set.sh --uit "$set1" >/dev/null
[ -d "$set10" ] || bench/landelijke-set.sh --uit "$set10" --schaal 10 >/dev/null

mediaan() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# koud NAAM ARGS...: median wall (s) and median max RSS (MB) over $runs cold processes
koud() {
  local naam="$1"; shift
  local walls=() rss=() t
  t=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$t" ./galacheck "$@" >/dev/null 2>&1 || true
    # exit 1 only means gaps were found; 2 or more means the run did not do the job, and its time means nothing
    if [ "$(awk -F': ' '/Exit status/ {print $2}' "$t")" -gt 1 ]; then
      echo "prestaties: '$naam' mislukt (./galacheck $*); zie die opdracht zelf" >&2; rm -f "$t"; exit 1
    fi
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,d,":"); s=0; for(i=1;i<=n;i++) s=s*60+d[i]; print s}' "$t")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$t")")
  done
  rm -f "$t"
  printf '%-44s %6.2f s  %5d MB\n' "$naam" "$(printf '%s\n' "${walls[@]}" | mediaan)" "$(printf '%s\n' "${rss[@]}" | mediaan)"
}

if [ "${ALLEEN:-}" != jmh ]; then
  echo "koud, hele proces (mediaan van $runs runs; wandtijd, piekgeheugen)"
  koud "1. één kleine regio, tekst"            check regions/vb-zuid.yaml --peildatum 2026-11-29
  koud "2. landelijke set (38), tekst"         check "$set1" --peildatum 2026-11-29
  koud "2. landelijke set (38), json"          check "$set1" --peildatum 2026-11-29 --formaat json
  koud "3. 10× landelijke set (380), tekst"    check "$set10" --peildatum 2026-11-29
  koud "3. 10× landelijke set (380), json"     check "$set10" --peildatum 2026-11-29 --formaat json
fi

if [ "${ALLEEN:-}" != koud ]; then
  echo
  echo "in het proces (JMH, landelijke set; ms/op is per regio, ops/s is regio's per seconde)"
  jmh="ToetsingBench -rf text -rff target/jmh-resultaat.txt"
  [ -n "${SNEL:-}" ] && jmh="$jmh -wi 1 -i 1 -w 1s -r 1s"
  GALACHECK_BENCH_SET="$PWD/$set1" mvn -B -q -Pbench -DskipTests -Dstyle.color=never test-compile exec:exec@jmh \
    "-Djmh.args=$jmh" >target/jmh-uitvoer.txt 2>&1 || { tail -30 target/jmh-uitvoer.txt >&2; exit 1; }
  cat target/jmh-resultaat.txt
fi
