#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the tests (never for real data: fsync is off).
#   bash scripts/pg-cluster.sh start DIR   # prints postgresql://postgres@127.0.0.1:PORT/postgres
#   bash scripts/pg-cluster.sh stop DIR
# initdb refuses to run as root, so as root the cluster runs as Debian's unprivileged `postgres`
# user; as anyone else it runs as that user. It listens on 127.0.0.1 only, on a free port, with
# trust auth there and its socket inside DIR.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?give the cluster a directory}"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port now; another process could take it before the server binds, so try a few.
    for attempt in 1 2 3 4 5; do
      port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
      if as_owner "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        echo "$port" >"$dir/port"
        echo "postgresql://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
      echo "PostgreSQL did not start on port $port (attempt $attempt)" >&2
    done
    tail -n 20 "$dir/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 1
    ;;
esac
