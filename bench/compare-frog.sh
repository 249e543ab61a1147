#!/usr/bin/env bash
# Side-by-side: kroniek vs Frog (tokenization + POS + NER) on the same Dutch text, in the same run.
# Frog is GPL: it is installed from Debian's packages for this measurement only; kroniek never links it.
# Usage: bench/compare-frog.sh [TOKENS]   (default 50000 tokens of the bundled Dutch samples, repeated)
# Output: a small table on stdout; the work files stay in a temp directory that is removed at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
TOKENS="${1:-50000}"

if ! command -v frog >/dev/null; then
    echo "installing Debian's frog package (needs root) ..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq frog frogdata time >/dev/null
fi
[ -x /usr/bin/time ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Dutch sample bodies (header line dropped), repeated until the text has about TOKENS words.
corpus="$work/corpus.txt"
: > "$corpus"
while [ "$(wc -w < "$corpus")" -lt "$TOKENS" ]; do
    for f in "$ROOT"/samples/nl/*.txt; do
        tail -n +2 "$f" >> "$corpus"
        printf '\n\n' >> "$corpus"
    done
done
words=$(wc -w < "$corpus")

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$label.out" 2> "$work/$label.err"
    read -r seconds max_kb < "$work/time.txt"
    awk -v l="$label" -v s="$seconds" -v w="$words" -v kb="$max_kb" \
        'BEGIN { printf "%-40s %8.2f s %10.0f words/s %7.0f MB max RSS\n", l, s, w / s, kb / 1024 }'
}

echo "Same text: $words words ($(wc -c < "$corpus") bytes) of the bundled Dutch samples, repeated."
"$ROOT/kroniek" --version >/dev/null   # build first, outside the measurement
measure "kroniek analyze (tok+POS+lemma+NER)" "$ROOT/kroniek" analyze --format jsonl --date 2025-01-01 "$corpus"
measure "frog --skip=lacmp (tok+POS+lemma+NER)" frog --skip=lacmp -t "$corpus" -o "$work/frog.tsv"
echo "Both figures include program start and model loading; kroniek runs 1 analysis thread here."
