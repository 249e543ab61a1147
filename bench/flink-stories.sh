#!/usr/bin/env bash
# Stories of the Flink job with keyed clustering (--stories keyed) against the single writer's (--stories writer,
# which equals 'kroniek ingest') and against the UCI News Aggregator's STORY column: B-cubed precision, recall
# and F1 over the documents' story memberships, and the same over event coreference ids (keyed against writer).
# Input: the UCI sample CSV (headline as title and text, crawl time as date) or, with 'samples', the bundled
# samples. Each mode writes a new store; memberships are read from the store's SQLite file.
# Usage: bench/flink-stories.sh [uci|samples] [PARALLELISM]   (KRONIEK_SHARED overrides ../shared)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
CORPUS="${1:-uci}"
PARALLELISM="${2:-2}"
SHARED="${KRONIEK_SHARED:-$ROOT/../shared}"
KRONIEK="${KRONIEK:-$ROOT/kroniek}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

case "$CORPUS" in
    uci)
        CSV="$SHARED/data/uci-news-aggregator-sample/uci-news-aggregator.first6366.csv"
        [ -f "$CSV" ] || { echo "skipped: $CSV not found (set KRONIEK_SHARED)" >&2; exit 0; }
        python3 - "$CSV" "$WORK/in.jsonl" "$WORK/gold.tsv" <<'PY'
import csv, json, sys, datetime
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8") as out, \
        open(sys.argv[3], "w", encoding="utf-8") as gold:
    for row in csv.DictReader(f):
        if not row.get("TIMESTAMP") or not row["TIMESTAMP"].isdigit() or not row.get("STORY"):
            continue  # the cut-short last row
        when = datetime.datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, datetime.timezone.utc)
        out.write(json.dumps({"id": "uci-" + row["ID"], "title": row["TITLE"], "text": row["TITLE"],
                              "date": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "language": "en",
                              "publisher": row["PUBLISHER"]}, ensure_ascii=False) + "\n")
        gold.write("uci-" + row["ID"] + "\t" + row["STORY"] + "\n")
PY
        INPUT="$WORK/in.jsonl" ;;
    samples) INPUT="$ROOT/samples"; : > "$WORK/gold.tsv" ;;
    *) echo "usage: $0 [uci|samples] [PARALLELISM]" >&2; exit 1 ;;
esac

echo "corpus: $CORPUS; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in writer keyed; do
    /usr/bin/time -o "$WORK/time" -f "%e s wall" $KRONIEK flink run --parallelism "$PARALLELISM" --stories "$mode" \
        --store "$WORK/$mode" "$INPUT" > "$WORK/out" 2>&1
    echo "$mode: $(grep ' new (' "$WORK/out") [$(cat "$WORK/time")]"
done

python3 - "$WORK/writer/kroniek.db" "$WORK/keyed/kroniek.db" "$WORK/gold.tsv" <<'PY'
import sqlite3, sys
from collections import Counter

def bcubed(gold, system):
    both = Counter(zip(gold, system)); g = Counter(gold); s = Counter(system); n = len(gold)
    p = sum(both[(a, b)] / s[b] for a, b in zip(gold, system)) / n
    r = sum(both[(a, b)] / g[a] for a, b in zip(gold, system)) / n
    return p, r, 2 * p * r / (p + r), len(g), len(s)

def rows(db, sql):
    with sqlite3.connect(db) as c:
        return c.execute(sql).fetchall()

stories = "SELECT d.external_id, m.story_id FROM documents d JOIN story_members m ON m.seq = d.seq ORDER BY d.seq"
events = "SELECT seq, idx, coref_id FROM events WHERE type IS NOT NULL ORDER BY seq, idx"
writer, keyed = dict(rows(sys.argv[1], stories)), dict(rows(sys.argv[2], stories))
gold = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[3], encoding="utf-8"))
ids = sorted(writer)
assert sorted(keyed) == ids, "the two runs stored different documents"
fmt = "%-28s P %.4f  R %.4f  F1 %.4f  (%d reference clusters, %d system clusters, %d items)"
print(fmt % ("stories keyed vs writer", *bcubed([writer[i] for i in ids], [keyed[i] for i in ids]), len(ids)))
if gold:
    ids = [i for i in ids if i in gold]
    for name, system in (("writer", writer), ("keyed", keyed)):
        print(fmt % ("stories " + name + " vs gold", *bcubed([gold[i] for i in ids], [system[i] for i in ids]), len(ids)))
ew, ek = rows(sys.argv[1], events), rows(sys.argv[2], events)
assert [e[:2] for e in ew] == [e[:2] for e in ek], "the two runs stored different events"
print(fmt % ("event ids keyed vs writer", *bcubed([e[2] for e in ew], [e[2] for e in ek]), len(ew)))
print("events with another id: %d of %d" % (sum(a[2] != b[2] for a, b in zip(ew, ek)), len(ew)))
PY
