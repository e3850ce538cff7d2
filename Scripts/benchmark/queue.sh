#!/usr/bin/env bash
# The PostgreSQL queue under load: CLAIMERS concurrent claimers (default 50), each a worker with
# its own connection, on DOCUMENTS light documents (default 10000) — dispatch texts in files,
# restored and parsed, committed as one-page documents — in a throwaway cluster (fsync on).
# Two runs, each into a fresh database:
#   none     the text committed as it is: the queue and the database are the only work
#   restore  the text restored and parsed first, as a light document
# Each prints claims (documents claimed and committed) per second, claim latency p50/p99/max,
# duplicates (must be 0), and the processor time per document of the claimers and of the server:
# on a shared machine wall time says how busy the others were, processor time what the queue
# costs (so what two cores alone would serve). The benchmark is a package of its own (Scripts/benchmark/QueueBenchmark).
#
# Usage: Scripts/benchmark/queue.sh   DOCUMENTS=N CLAIMERS=N WORK="none restore"
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
# The benchmark's executable lies outside the checkout's .build: show it the restorer's model.
export VANBAN_DICTIONARIES=${VANBAN_DICTIONARIES:-$root/Dictionaries}
(cd Scripts/benchmark/QueueBenchmark && swift build -c release >/dev/null)
bench=$(cd Scripts/benchmark/QueueBenchmark && swift build -c release --show-bin-path)/queue-benchmark
work=$(mktemp -d)
chmod 755 "$work"
pg_env=$(PG_FSYNC=on Scripts/ci/postgres.sh start "$work/pg")
eval "$pg_env"
trap 'Scripts/ci/postgres.sh stop "$VANBAN_PG_DIR" 2>/dev/null; rm -rf "$work"' EXIT
server=${VANBAN_TEST_POSTGRES_URL%/*}
for work_kind in ${WORK:-none restore}; do
  name=queue_$(date +%s%N)
  psql -q "$server/postgres" -c "CREATE DATABASE $name" >/dev/null
  echo "== work: $work_kind"
  "$bench" --url "$server/$name" --documents "${DOCUMENTS:-10000}" --claimers "${CLAIMERS:-50}" \
    --work "$work_kind" --repository "$root" --postmaster "$(head -1 "$VANBAN_PG_DIR/data/postmaster.pid")"
done
