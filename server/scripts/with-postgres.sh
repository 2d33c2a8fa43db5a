#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a PostgreSQL: the one in
# TEST_DATABASE_URL or DATABASE_URL when set, otherwise a throwaway cluster started here in
# a temporary folder on a free loopback port (as the postgres user when run as root, since
# initdb refuses root) and removed afterwards. Installs Debian's postgresql when missing.
# Fails, never skips, when PostgreSQL cannot be started.
#   server/scripts/with-postgres.sh npx vitest run --project server
set -euo pipefail

if [ -n "${TEST_DATABASE_URL:-}" ]; then exec "$@"; fi
if [ -n "${DATABASE_URL:-}" ]; then
  export TEST_DATABASE_URL="$DATABASE_URL"
  exec "$@"
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN="${PG_BIN:-$(find_bin)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "with-postgres: installing Debian's postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN="$(find_bin)"
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/seller-guard-pg.XXXXXX")"
RUNAS=""
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$DIR"
  RUNAS="runuser -u postgres --"
fi
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
OPTS="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off"

cleanup() {
  $RUNAS "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM

$RUNAS "$PG_BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2
  exit 1
}
$RUNAS "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "$OPTS" start >/dev/null || {
  cat "$DIR/server.log" >&2
  exit 1
}

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
# For the tests that stop and start PostgreSQL (outage handling).
export TEST_PG_CTL="$RUNAS $PG_BIN/pg_ctl -D $DIR/data -l $DIR/server.log -w"
export TEST_PG_OPTS="$OPTS"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2
"$@"
