#!/usr/bin/env bash
# Pages per minute of `vanban batch` on real scans with a PostgreSQL catalogue — one worker, and
# two workers sharing the queue — against the SQLite path in the same run, on this machine.
#
#   1. The tree of batch-throughput.sh: >= 40 pages of mixed fixtures (JPEG, PNG, TIFF, PDF;
#      120-200 ppi; rotated, skewed, dark), each JPEG twice (the copy one byte longer).
#   2. A throwaway PostgreSQL cluster (Scripts/ci/postgres.sh, fsync on), stopped at the end.
#   3. Rounds of, each into a fresh catalogue:
#        sqlite      vanban batch TREE --catalog c.sqlite --jobs 2       (the baseline)
#        pg-1x1      one worker, --jobs 1
#        pg-1x2      one worker, --jobs 2
#        pg-2x1      two workers started together, --jobs 1 each (wall time until both end)
#      The best time of each is kept; every run must end with the same summary line.
#   4. Pages/min of each, and the ratios to the baseline: the PostgreSQL path costs <= 5% when
#      pg-2x1 / sqlite >= 0.95.
#
# Usage: Scripts/benchmark/fleet-throughput.sh   ROUNDS=N (default 2); needs bc and postgresql.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v bc >/dev/null || { echo "needs bc: apt-get install bc" >&2; exit 1; }

swift build -c release --product vanban >/dev/null
vanban=$(swift build -c release --show-bin-path)/vanban
work=$(mktemp -d)
chmod 755 "$work"
pg_env=$(PG_FSYNC=on Scripts/ci/postgres.sh start "$work/pg")
eval "$pg_env"
trap 'Scripts/ci/postgres.sh stop "$VANBAN_PG_DIR" 2>/dev/null; rm -rf "$work"' EXIT
server=${VANBAN_TEST_POSTGRES_URL%/*}
now() { date +%s.%N; }

page_count=$(python3 Scripts/benchmark/fixture_tree.py "$work/tree")
pages=$(find "$work/tree" -type f | wc -l)
echo "tree: $pages files, $page_count pages; PostgreSQL at $server"

fresh_database() {
  local name
  name=bench_$(date +%s%N)
  psql -q "$server/postgres" -c "CREATE DATABASE $name" >/dev/null
  echo "$server/$name"
}
# Runs one configuration; prints its wall time and keeps its summary line.
run() {
  local name=$1 start seconds
  case "$name" in
    sqlite)
      rm -f "$work"/c.sqlite*
      start=$(now)
      "$vanban" batch "$work/tree" --catalog "$work/c.sqlite" --jobs 2 >"$work/$name.out" 2>"$work/$name.err" || [ $? -eq 2 ]
      ;;
    pg-1x1 | pg-1x2)
      local url jobs=${name#pg-1x}
      url=$(fresh_database)
      start=$(now)
      "$vanban" batch "$work/tree" --catalog "$url" --jobs "$jobs" >"$work/$name.out" 2>"$work/$name.err" || [ $? -eq 2 ]
      ;;
    pg-2x1)
      local url
      url=$(fresh_database)
      start=$(now)
      "$vanban" batch "$work/tree" --catalog "$url" --jobs 1 >"$work/$name.out" 2>"$work/$name.err" &
      local first=$!
      "$vanban" batch "$work/tree" --catalog "$url" --jobs 1 >"$work/$name.2.out" 2>"$work/$name.2.err" &
      local second=$!
      wait "$first" || [ $? -eq 2 ]
      wait "$second" || [ $? -eq 2 ]
      cmp -s "$work/$name.out" "$work/$name.2.out" || { echo "the two workers' summaries differ" >&2; exit 1; }
      ;;
  esac
  seconds=$(echo "$(now) - $start" | bc)
  echo "$seconds"
}

declare -A best
configurations=(sqlite pg-1x1 pg-1x2 pg-2x1)
for round in $(seq "${ROUNDS:-2}"); do
  line="round $round:"
  for name in "${configurations[@]}"; do
    seconds=$(run "$name")
    line+=" $name ${seconds}s"
    if [ -z "${best[$name]:-}" ] || (( $(echo "$seconds < ${best[$name]}" | bc) )); then best[$name]=$seconds; fi
  done
  echo "$line"
done
summary=$(tail -1 "$work/sqlite.out")
for name in "${configurations[@]}"; do
  [ "$(tail -1 "$work/$name.out")" = "$summary" ] || { echo "$name summed up differently: $(tail -1 "$work/$name.out")" >&2; exit 1; }
done
echo "summary (every run): $summary"
rate() { echo "$page_count * 60 / ${best[$1]}" | bc -l; }
base=$(rate sqlite)
printf '%-8s %-44s %8s %6s\n' run what pages/min ratio
for name in "${configurations[@]}"; do
  case "$name" in
    sqlite) what="SQLite, one process, --jobs 2 (baseline)" ;;
    pg-1x1) what="PostgreSQL, one worker, --jobs 1" ;;
    pg-1x2) what="PostgreSQL, one worker, --jobs 2" ;;
    pg-2x1) what="PostgreSQL, two workers, --jobs 1 each" ;;
  esac
  printf '%-8s %-44s %8.1f %6.3f\n' "$name" "$what" "$(rate "$name")" "$(echo "$(rate "$name") / $base" | bc -l)"
done
