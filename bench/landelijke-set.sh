#!/usr/bin/env bash
# Writes the fictional national test set (38 regions, 342 municipalities; --schaal 10: 380 and 3,420),
# deterministic by seed. Needs only a JDK: runs the generator as a single-file Java program.
# Usage: bench/landelijke-set.sh [--uit MAP] [--zaad N] [--schaal N]   (default: target/landelijke-set, zaad 1, schaal 1)
set -euo pipefail
cd "$(dirname "$0")/.."
exec java src/test/java/nl/galacheck/bench/LandelijkeSet.java "$@"
