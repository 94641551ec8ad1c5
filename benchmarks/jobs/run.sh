#!/usr/bin/env bash
# 1,000 asynchronous no-op jobs (say_hello) submitted by 8 concurrent clients: time until all
# succeeded and jobs/s, with the job store on embedded H2 and on PostgreSQL. Prints a Markdown table.
#
#   mvn -B -q install -DskipTests       # builds distribution/target/assembly
#   benchmarks/jobs/run.sh [jobs] [clients]
#
# A private copy of the assembly runs on port ${JWPS_BENCH_PORT:-18182} with parallelprocesses=4
# and a queue (maxprocesses) large enough for every job. PostgreSQL is a private cluster started
# here on a free loopback port with its default (durable) settings; needs Debian's postgresql.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/jobs"
JOBS=${1:-1000}
CLIENTS=${2:-8}
PORT=${JWPS_BENCH_PORT:-18182}
ASSEMBLY="$ROOT/distribution/target/assembly"
[ -x "$ASSEMBLY/bin/karaf" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PG_BIN" ] || { echo "needs PostgreSQL: apt-get install postgresql" >&2; exit 2; }

WORK=$(mktemp -d /tmp/jwps-jobs-bench.XXXXXX)
chmod 755 "$WORK"
KARAF="$WORK/karaf"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  "$KARAF/bin/stop" >/dev/null 2>&1 || true
  sleep 1
  pkill -f "karaf.home=$KARAF" 2>/dev/null || true
  [ -d "$WORK/pg" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

set_prop() { # file key value
  if grep -Eq "^[#[:space:]]*$2[[:space:]]*=" "$1" 2>/dev/null; then
    sed -i -E "s|^[#[:space:]]*$2[[:space:]]*=.*|$2 = $3|" "$1"
  else
    echo "$2 = $3" >> "$1"
  fi
}

# PostgreSQL: a private cluster on a free port
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg"
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U jwps -A trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" \
  -l "$WORK/pg/server.log" -w start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U jwps jwps

run_case() { # label database-url
  rm -rf "$KARAF"
  cp -a "$ASSEMBLY" "$KARAF"
  set_prop "$KARAF/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$PORT"
  set_prop "$KARAF/etc/org.apache.karaf.shell.cfg" sshPort 0
  set_prop "$KARAF/etc/org.jwps.cfg" url "http://127.0.0.1:$PORT/wps"
  set_prop "$KARAF/etc/org.jwps.cfg" parallelprocesses 4
  set_prop "$KARAF/etc/org.jwps.cfg" maxprocesses $((JOBS + 100))
  set_prop "$KARAF/etc/org.jwps.cfg" outputpath "$WORK/outputs-$1"
  [ -n "$2" ] && set_prop "$KARAF/etc/org.jwps.cfg" database "$2"
  JAVA_MAX_MEM=512M JAVA_MIN_MEM=512M "$KARAF/bin/karaf" server >"$WORK/karaf-$1.out" 2>&1 &
  WPS="http://127.0.0.1:$PORT/wps"
  for _ in $(seq 1 120); do
    curl -fs "$WPS?service=WPS&request=GetCapabilities" | grep -q say_hello && break
    sleep 0.5
  done
  # warm-up, then the measured run
  python3 "$HERE/submit.py" "$WPS" "$WORK/outputs-$1" "$1" 200 "$CLIENTS" >/dev/null
  python3 "$HERE/submit.py" "$WPS" "$WORK/outputs-$1" "$1" "$JOBS" "$CLIENTS"
  "$KARAF/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$KARAF" >/dev/null || break; sleep 0.5; done
}

echo "| job store | jobs | clients | submit s | submit p50 ms | submit p99 ms | all succeeded s | jobs/s |"
echo "|---|---|---|---|---|---|---|---|"
run_case h2 ""
run_case postgresql "jdbc:postgresql://127.0.0.1:$PG_PORT/jwps?user=jwps"
