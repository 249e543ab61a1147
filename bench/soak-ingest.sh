#!/usr/bin/env bash
# Soak test of `kroniek ingest`: generates N documents (default 100,000) as JSON Lines, ingests them into a new
# store with the whole pipeline under a fixed heap, and samples the JVM's heap every INTERVAL seconds with jstat.
# Prints one line per sample (seconds, documents stored so far, heap used, old generation used, and with LIVE=1
# the live heap: old generation after a full collection forced with jcmd GC.run) and the ingest's own summary;
# the store and logs stay in target/soak-N/ (or $SOAK_DIR). Memory is bounded when the live heap stops growing
# with the number of documents stored.
#   bench/soak-ingest.sh [N] [HEAP] [INTERVAL]      e.g. bench/soak-ingest.sh 100000 1g 10
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bin/jdk.sh"
N=${1:-100000}; HEAP=${2:-1g}; INTERVAL=${3:-10}
OUT="${SOAK_DIR:-$ROOT/target/soak-$N}"
if [ -n "${KRONIEK_JAR:-}" ]; then
    JAR="$KRONIEK_JAR"                  # a jar built earlier (e.g. while a build runs in this checkout)
else
    JAR="$ROOT/kroniek-app/target/kroniek.jar"
    "$ROOT/kroniek" --version >/dev/null   # builds the jar when the sources changed
fi
rm -rf "$OUT"; mkdir -p "$OUT"
python3 - "$N" > "$OUT/docs.jsonl" <<'PY'
import json, random, sys
random.seed(11)
places = ["Astana", "Aleppo", "Den Haag", "Rotterdam", "Utrecht", "Ankara", "Moskou", "Brussel", "Genève", "Zwolle"]
actors = ["Rusland", "Turkije", "Syrië", "Iran", "de Verenigde Naties", "de Europese Unie", "Nederland", "de rebellen",
          "minister Koenders", "president Erdogan", "het kabinet", "de gemeenteraad"]
verbs = ["overlegde met", "bekritiseerde", "steunde", "ontmoette", "waarschuwde", "sprak met", "bedreigde"]
times = ["dinsdag", "vorige week", "op 3 januari", "gisteren", "in maart", "volgend jaar", "woensdagavond"]
for i in range(int(sys.argv[1])):
    day = f"{random.randint(2010, 2020)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    sentences = [f"{random.choice(actors).capitalize()} {random.choice(verbs)} {random.choice(actors)} "
                 f"{random.choice(times)} in {random.choice(places)}." for _ in range(random.randint(5, 15))]
    print(json.dumps({"id": f"soak-{i:06d}", "date": day, "publisher": f"Krant {i % 37}", "title": sentences[0],
                      "text": " ".join(sentences) + f" Dat meldde correspondent {i} op {day}."}, ensure_ascii=False))
PY
echo "soak: $N documents, $(du -h "$OUT/docs.jsonl" | cut -f1), heap -Xmx$HEAP, sample every ${INTERVAL}s" >&2
"$JAVA_HOME/bin/java" "-Xmx$HEAP" -jar "$JAR" ingest --store "$OUT/store" "$OUT/docs.jsonl" \
    >"$OUT/ingest.out" 2>"$OUT/ingest.err" &
PID=$!
START=$(date +%s)
echo "seconds documents heap_used_mb old_used_mb live_mb"
while kill -0 "$PID" 2>/dev/null; do
    docs=$(tr '\r' '\n' < "$OUT/ingest.err" | grep -o '^kroniek: [0-9,]*/' | tail -1 | tr -dc 0-9) || true
    # jstat -gc columns: S0U S1U EU OU at fixed positions; sum the used spaces.
    gc=$("$JAVA_HOME/bin/jstat" -gc "$PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f %.0f", ($3 + $4 + $6 + $8) / 1024, $8 / 1024 }') || true
    live="-"
    if [ "${LIVE:-0}" = 1 ] && "$JAVA_HOME/bin/jcmd" "$PID" GC.run >/dev/null 2>&1; then
        live=$("$JAVA_HOME/bin/jstat" -gc "$PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $8 / 1024 }') || true
    fi
    [ -n "$gc" ] && echo "$(( $(date +%s) - START )) ${docs:-0} $gc $live"
    sleep "$INTERVAL"
done
wait "$PID" || echo "soak: ingest exited with $?" >&2
tail -n 2 "$OUT/ingest.err"
