#!/usr/bin/env bash
# Hostile-input benchmark: wall time and peak memory (max RSS) of `galacheck valideer` on an alias
# bomb ("billion laughs"), a 200 MB file, deep nesting and binary garbage. Each must be rejected with
# exit 3, quickly and with bounded memory. Usage: bench/vijandig.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./galacheck --version >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import os, sys
d = sys.argv[1]
# billion laughs: 9 levels of 9 aliases (10^9 strings when expanded)
regels = ['versie: 1', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
vorige = 'a'
for n in 'bcdefghi':
    regels.append(f'{n}: &{n} [' + ','.join(['*' + vorige] * 9) + ']')
    vorige = n
open(os.path.join(d, 'aliasbom.yaml'), 'w').write('\n'.join(regels) + '\n')
# 200 MB of plausible YAML
with open(os.path.join(d, 'groot.yaml'), 'w') as f:
    f.write('versie: 1\nregio: {code: G, naam: Groot}\ngemeenten:\n')
    regel = '  - {code: GM9991, naam: "' + 'x' * 60 + '"}\n'
    for _ in range(200 * 1024 * 1024 // len(regel)):
        f.write(regel)
open(os.path.join(d, 'diep.yaml'), 'w').write('versie: 1\nx: ' + '[' * 100000 + ']' * 100000 + '\n')
open(os.path.join(d, 'binair.yaml'), 'wb').write(os.urandom(1024 * 1024))
PY

for f in aliasbom groot diep binair; do
  grootte=$(stat -c %s "$tmp/$f.yaml")
  set +e
  /usr/bin/time -o "$tmp/$f.tijd" -f "%e %M" ./galacheck valideer "$tmp/$f.yaml" >/dev/null 2>"$tmp/$f.err"
  code=$?
  set -e
  read -r sec kb <<<"$(tail -1 "$tmp/$f.tijd")"
  printf '%-9s %10s bytes  exit %s  %5s s  max RSS %4d MB  %s\n' "$f" "$grootte" "$code" "$sec" $((kb / 1024)) \
    "$(head -1 "$tmp/$f.err" | sed "s|$tmp/||" | cut -c1-100)"
done
