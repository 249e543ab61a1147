#!/usr/bin/env bash
# Load test of `kroniek serve` on loopback: builds a store of N synthetic articles with `kroniek bench ingest`
# (default 10,000; kept in target/bench-store-N for reruns), starts the server read-only, and runs C concurrent
# clients for S seconds against search (a word; two words with a date range) and the timelines of two stories
# of typical size (the median and the upper quartile by members). Prints p50/p99 latency and errors per endpoint.
#   bench/serve-load.sh [DOCS] [CLIENTS] [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bin/jdk.sh"
DOCS=${1:-10000}; CLIENTS=${2:-50}; SECONDS_=${3:-20}
JAR="$ROOT/kroniek-app/target/kroniek.jar"
STORE="$ROOT/target/bench-store-$DOCS"
"$ROOT/kroniek" --version >/dev/null   # builds the jar when the sources changed
if [ ! -f "$STORE/kroniek.db" ]; then
    mkdir -p "$ROOT/target"
    "$JAVA_HOME/bin/java" -Dkroniek.home="$ROOT" -jar "$JAR" bench ingest --documents "$DOCS" --queries 0 --store "$STORE"
fi
# Two stories of typical size (upper quartile and median by members), as the clusterer made them.
read -r BIG MID < <(python3 - "$STORE/kroniek.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ids = [r[0] for r in db.execute("SELECT story_id FROM stories ORDER BY documents DESC, story_id")]
print(ids[len(ids) // 4], ids[len(ids) // 2])
PY
)
PORT=${PORT:-18765}
"$JAVA_HOME/bin/java" -jar "$JAR" serve --store "$STORE" --port "$PORT" --read-only 2>"$ROOT/target/bench-serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/status" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/status"; echo
PATHS=("/api/search?q=haven" "/api/search?q=gesprekken%20Wenen&from=2016-06&to=2016-09"
       "/api/stories/$BIG/timeline" "/api/stories/$MID/timeline")
# Warm up (JIT, page cache), then measure.
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" 8 5 "${PATHS[@]}" >/dev/null
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_" "${PATHS[@]}"
