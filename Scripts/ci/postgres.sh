#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder as an
# unprivileged user, listening on 127.0.0.1 (a free port) and on a Unix socket in that folder.
#
#   eval "$(Scripts/ci/postgres.sh start)"   # prints export VANBAN_TEST_POSTGRES_URL=… and VANBAN_PG_DIR=…
#   Scripts/ci/postgres.sh stop "$VANBAN_PG_DIR"
#
# start [DIR]  DIR defaults to a new mktemp folder. PG_FSYNC=on keeps fsync and synchronous
#              commits (benchmarks); by default they are off, as suits a cluster thrown away.
#              PG_OPTIONS adds server options (e.g. "-c shared_preload_libraries=pg_stat_statements").
# stop DIR     stops the server (fast shutdown) and removes DIR.
#
# As root the server runs as the `postgres` user that Debian's postgresql package creates (it is
# made here when missing); otherwise as the caller. Authentication is `trust` on loopback and the
# socket only: the cluster never listens beyond this machine.
set -euo pipefail

bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/initdb" ] || { echo "postgres.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 54329 54999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "postgres.sh: no free port in 54329-54999" >&2
  exit 1
}

start() {
  local dir=${1:-$(mktemp -d "${TMPDIR:-/tmp}/vanban-pg-XXXXXX")}
  mkdir -p "$dir/socket"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    chown -R postgres "$dir"
    chmod 755 "$dir"
  fi
  local port
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U vanban -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${PG_FSYNC:-off}" = on ] && durability=""
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c max_connections=300 $durability ${PG_OPTIONS:-}" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
  echo "export VANBAN_PG_DIR=$dir"
  echo "export VANBAN_TEST_POSTGRES_URL=postgres://vanban@127.0.0.1:$port/postgres"
}

stop() {
  local dir=${1:?usage: postgres.sh stop DIR}
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 64 ;;
esac
