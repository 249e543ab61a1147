#!/usr/bin/env bash
# Load test of `kroniek serve` on loopback: builds a store of N generated documents (default 10,000; kept in
# target/bench-store for reruns), gives it placeholder stories with events (until story clustering and the
# events stage fill them), starts the server, and runs C concurrent clients for S seconds against search and a
# story timeline. Prints p50/p99 latency and errors per endpoint.
#   bench/serve-load.sh [DOCS] [CLIENTS] [SECONDS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/bin/jdk.sh"
DOCS=${1:-10000}; CLIENTS=${2:-50}; SECONDS_=${3:-20}
JAR="$ROOT/kroniek-app/target/kroniek.jar"
STORE="$ROOT/target/bench-store-$DOCS"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -o install -DskipTests)
if [ ! -f "$STORE/kroniek.db" ]; then
    mkdir -p "$ROOT/target"
    python3 - "$DOCS" > "$ROOT/target/bench-docs.jsonl" <<'PY'
import json, random, sys
random.seed(7)
places = ["Astana", "Aleppo", "Damascus", "Den Haag", "Rotterdam", "Utrecht", "Ankara", "Moskou", "Brussel", "Genève"]
actors = ["Rusland", "Turkije", "Syrië", "Iran", "de Verenigde Naties", "de Europese Unie", "Nederland", "de rebellen"]
verbs = ["overlegde met", "bekritiseerde", "steunde", "ontmoette", "waarschuwde", "sprak met", "bedreigde"]
for i in range(int(sys.argv[1])):
    day = f"2016-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    sentences = [f"{random.choice(actors).capitalize()} {random.choice(verbs)} {random.choice(actors)} in {random.choice(places)}."
                 for _ in range(random.randint(6, 14))]
    print(json.dumps({"id": f"bench-{i:05d}", "date": day, "publisher": "Bench", "title": sentences[0],
                      "text": " ".join(sentences) + f" Dat meldde correspondent nummer {i} op {day}."}, ensure_ascii=False))
PY
    "$JAVA_HOME/bin/java" -jar "$JAR" ingest --store "$STORE" "$ROOT/target/bench-docs.jsonl"
    # Placeholder stories: 100 stories of 20 documents, 3 events each (the real ones come from the story engine).
    python3 - "$STORE/kroniek.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM story_members"); db.execute("DELETE FROM stories")
db.execute("DELETE FROM events WHERE type = 'BENCH'")
seqs = [r[0] for r in db.execute("SELECT seq FROM documents ORDER BY seq LIMIT 2000")]
for s in range(100):
    db.execute("INSERT INTO stories (story_id, label, first_day, last_day) VALUES (?, ?, '2016-01-01', '2016-12-31')", (s + 1, f"bench story {s + 1}"))
    for seq in seqs[s * 20:(s + 1) * 20]:
        db.execute("INSERT INTO story_members (story_id, seq, score) VALUES (?, ?, 1.0)", (s + 1, seq))
        for idx in range(3):
            db.execute("INSERT OR IGNORE INTO events (seq, idx, trigger_start, trigger_end, trigger_text, type, actor_code, target_code, event_date, mode, sentence, confidence)"
                       " VALUES (?, ?, 0, 5, 'bench', 'BENCH', 'RUS', 'TUR', '2016-06-01', 'asserted', ?, 0.5)", (seq, idx, idx))
db.commit()
PY
fi
PORT=${PORT:-18765}
"$JAVA_HOME/bin/java" -jar "$JAR" serve --store "$STORE" --port "$PORT" --read-only 2>"$ROOT/target/bench-serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/status" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/status"; echo
# Warm up (JIT, page cache), then measure.
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" 8 5 \
    "/api/search?q=Astana" "/api/stories/7/timeline" >/dev/null
"$JAVA_HOME/bin/java" -cp "$JAR" org.kroniek.server.bench.HttpLoad "http://127.0.0.1:$PORT" "$CLIENTS" "$SECONDS_" \
    "/api/search?q=Astana" "/api/search?q=rebellen%20Aleppo&from=2016-06&to=2016-09" \
    "/api/stories/7/timeline" "/api/stories/42/timeline"
