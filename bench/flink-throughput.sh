#!/usr/bin/env bash
# Throughput of the Flink job (embedded MiniCluster, parallelism 1 and 2) against the embedded 'kroniek ingest'
# on the same corpus: the 27 samples repeated COPIES times (default 75 = 2,025 documents), each copy with its own
# publisher, so every copy is a new publication (analysed, stored, linked to its first copy as a near-duplicate).
# Each run writes to a new store; the summary lines (documents/s, tokens/s) and the process's wall and CPU time
# go to stdout.
# Usage: bench/flink-throughput.sh [COPIES] [RUNS]      (KRONIEK=command overrides ./kroniek)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
COPIES="${1:-75}"
RUNS="${2:-1}"
KRONIEK="${KRONIEK:-$ROOT/kroniek}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

$KRONIEK analyze --format jsonl "$ROOT/samples" > "$WORK/samples.jsonl" 2>/dev/null
python3 - "$WORK/samples.jsonl" "$WORK/bench.jsonl" "$COPIES" <<'PY'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for k in range(int(sys.argv[3])):
        for d in docs:
            out.write(json.dumps({"id": f"{d['id']}-{k}", "text": d["text"], "date": d.get("dct"),
                                  "publisher": f"Krant {k}", "language": d.get("language"),
                                  "title": d.get("title")}, ensure_ascii=False) + "\n")
PY
echo "corpus: $(wc -l < "$WORK/bench.jsonl") documents; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    for mode in ingest flink-1 flink-2; do
        rm -rf "$WORK/store"
        # CPU seconds (user + system, every thread) as well as wall time: on a shared machine the CPU time per
        # document is the steadier figure, and the one a cluster's size follows from.
        case "$mode" in
            ingest) /usr/bin/time -o "$WORK/time" -f "%e s wall, %U + %S s CPU" \
                $KRONIEK ingest --store "$WORK/store" "$WORK/bench.jsonl" > "$WORK/out" 2>&1 ;;
            flink-*) /usr/bin/time -o "$WORK/time" -f "%e s wall, %U + %S s CPU" \
                $KRONIEK flink run --parallelism "${mode#flink-}" --store "$WORK/store" "$WORK/bench.jsonl" > "$WORK/out" 2>&1 ;;
        esac
        echo "run $run $mode: $(grep ' new (' "$WORK/out") [$(cat "$WORK/time")] (load $(cut -d' ' -f1 /proc/loadavg))"
    done
done
