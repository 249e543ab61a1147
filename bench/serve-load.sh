#!/usr/bin/env bash
# Load test of `kroniek serve` on loopback: builds a store of N synthetic articles with `kroniek bench ingest`
# (default 10,000; kept in target/bench-store-N for reruns), starts the server read-only, and runs C concurrent
# clients for S seconds against a mix of searches and the timelines of two stories of typical size (the median and
# the upper quartile by members). Prints p50/p99 latency and errors per endpoint.
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
# The request mix: half searches, half timelines. Searches are drawn from 300 distinct queries made of the sample
# articles' words (one word, two words, a phrase, with a date range, newest first) with Zipf frequencies, as
# search logs have them (a few queries asked often, many asked once or twice); timelines are those of the two
# stories picked above. NOCACHE=1 starts the server without its answer cache (every request is computed).
MIX="$ROOT/target/serve-load-paths.txt"
python3 - "$ROOT/samples" "$BIG" "$MID" > "$MIX" <<'PY'
import collections, pathlib, random, re, sys, urllib.parse
random.seed(7)
words = collections.Counter()
for f in pathlib.Path(sys.argv[1]).glob("nl/*.txt"):
    words.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{5,}", f.read_text(encoding="utf-8")))
vocabulary = [w for w, _ in words.most_common(400)][40:]          # skip the commonest function words
def query():
    kind = random.random()
    a, b = random.sample(vocabulary, 2)
    if kind < 0.5: return {"q": a}
    if kind < 0.7: return {"q": a + " " + b}
    if kind < 0.8: return {"q": '"' + a + " " + b + '"'}
    if kind < 0.9: return {"q": a, "from": "2016-06", "to": "2016-09"}
    return {"q": a, "sort": "newest"}
queries = ["/api/search?" + urllib.parse.urlencode(query()) for _ in range(300)]
weights = [1 / (rank + 1) for rank in range(len(queries))]
for path in random.choices(queries, weights, k=4000):
    print(path)
    print(f"/api/stories/{random.choice(sys.argv[2:])}/timeline")
PY
PORT=${PORT:-18765}
CACHE=1024; [ "${NOCACHE:-0}" = 1 ] && CACHE=0
"$JAVA_HOME/bin/java" -jar "$JAR" serve --store "$STORE" --port "$PORT" --read-only --cache "$CACHE" \
    2>"$ROOT/target/bench-serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/status" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/status"; echo
# Warm up the JIT and the page cache with requests that are not in the measured mix.
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" 8 5 \
    "/api/search?q=warmup" "/api/search?q=haven&limit=5" "/api/stories/$MID" >/dev/null
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_" "@$MIX"
