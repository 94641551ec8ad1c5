#!/usr/bin/env bash
# Loopback HTTP benchmark of the JWPS distribution with wrk; prints a Markdown table.
#
#   mvn -B -q install -DskipTests        # builds distribution/target/assembly and the test bundle
#   benchmarks/http/run.sh [seconds]      # default 10 s per case
#
# A private copy of the assembly runs on port ${JWPS_BENCH_PORT:-18181} with a 512 MB heap and the
# test-process bundle in deploy/ (test_checksum, and the /bare baseline servlet). A 50 MB file is
# served on loopback by python3's http.server for the by-reference case. Heap use of the server
# is sampled with jstat every 100 ms during each case: "peak heap" is the most the heap held,
# "peak old" the most the old generation held (a 50 MB buffer would land there as a humongous
# object). Needs wrk, python3 and a JDK's jstat.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/benchmarks/http"
DURATION=${1:-10}
PORT=${JWPS_BENCH_PORT:-18181}
CONNECTIONS=8
ASSEMBLY="$ROOT/distribution/target/assembly"
BUNDLE=$(ls "$ROOT"/test-processes/target/jwps-test-processes-*.jar 2>/dev/null | grep -v sources | head -1 || true)
for tool in wrk python3 jstat curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk; a JDK for jstat)" >&2; exit 2; }
done
[ -x "$ASSEMBLY/bin/karaf" ] && [ -n "$BUNDLE" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d /tmp/jwps-bench.XXXXXX)
KARAF="$WORK/karaf"
PIDS=()
cleanup() {
  "$KARAF/bin/stop" >/dev/null 2>&1 || true
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  pkill -f "karaf.home=$KARAF" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

set_prop() { # file key value: replace "key = ..." (or "#key = ...") or append
  if grep -Eq "^[#[:space:]]*$2[[:space:]]*=" "$1" 2>/dev/null; then
    sed -i -E "s|^[#[:space:]]*$2[[:space:]]*=.*|$2 = $3|" "$1"
  else
    echo "$2 = $3" >> "$1"
  fi
}

cp -a "$ASSEMBLY" "$KARAF"
set_prop "$KARAF/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$PORT"
set_prop "$KARAF/etc/org.apache.karaf.shell.cfg" sshPort 0
set_prop "$KARAF/etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
set_prop "$KARAF/etc/org.jwps.cfg" url "http://127.0.0.1:$PORT/wps"
set_prop "$KARAF/etc/org.jwps.cfg" maxsingleinputsize 100mb
cp "$BUNDLE" "$KARAF/deploy/"

# the large input, served on loopback
mkdir -p "$WORK/www"
head -c $((50 * 1024 * 1024)) /dev/urandom > "$WORK/www/big.bin"
EXPECTED_SHA=$(sha256sum "$WORK/www/big.bin" | cut -d' ' -f1)
WWW_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$WWW_PORT" --bind 127.0.0.1 --directory "$WORK/www" >/dev/null 2>&1 &
PIDS+=($!)

JAVA_MAX_MEM=512M JAVA_MIN_MEM=512M EXTRA_JAVA_OPTS="-Djwps.bench=true" \
  "$KARAF/bin/karaf" server >"$WORK/karaf.out" 2>&1 &
PIDS+=($!)

WPS="http://127.0.0.1:$PORT/wps"
for _ in $(seq 1 120); do
  if curl -fs "$WPS?service=WPS&request=GetCapabilities" | grep -q test_checksum \
      && curl -fs "http://127.0.0.1:$PORT/bare" >/dev/null; then break; fi
  sleep 0.5
done
curl -fs "$WPS?service=WPS&request=GetCapabilities" | grep -q test_checksum || { echo "JWPS did not start" >&2; tail -20 "$WORK/karaf.out" >&2; exit 1; }
JPID=$(pgrep -f "karaf.home=$KARAF" | head -1)

cat > "$WORK/hello.xml" <<XML
<wps:Execute service="WPS" version="1.0.0" xmlns:wps="http://www.opengis.net/wps/1.0.0" xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Identifier>say_hello</ows:Identifier><wps:DataInputs><wps:Input><ows:Identifier>name</ows:Identifier><wps:Data><wps:LiteralData>wrk</wps:LiteralData></wps:Data></wps:Input></wps:DataInputs></wps:Execute>
XML
cat > "$WORK/big.xml" <<XML
<wps:Execute service="WPS" version="1.0.0" xmlns:wps="http://www.opengis.net/wps/1.0.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink"><ows:Identifier>test_checksum</ows:Identifier><wps:DataInputs><wps:Input><ows:Identifier>data</ows:Identifier><wps:Reference xlink:href="http://127.0.0.1:$WWW_PORT/big.bin" mimeType="application/octet-stream"/></wps:Input></wps:DataInputs></wps:Execute>
XML

# correctness first: the 50 MB reference is fetched and read whole
GOT=$(curl -fs -H 'Content-Type: text/xml' --data-binary @"$WORK/big.xml" "$WPS")
echo "$GOT" | grep -q "$EXPECTED_SHA" || { echo "test_checksum returned the wrong digest: $GOT" >&2; exit 1; }

# warm-up: JIT and caches
wrk -t2 -c8 -d3s "$WPS?service=WPS&request=GetCapabilities" >/dev/null
wrk -t2 -c8 -d3s "$WPS?service=WPS&version=1.0.0&request=Execute&identifier=say_hello&DataInputs=name=wrk" >/dev/null

ROWS=()
run_case() { # name threads connections url [body file]
  local name=$1 threads=$2 conns=$3 url=$4 body=${5:-}
  jstat -gc "$JPID" 100 > "$WORK/jstat.txt" 2>/dev/null &
  local sampler=$!
  local line
  line=$(WRK_BODY_FILE="$body" wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout 30s -s "$HERE/bench.lua" "$url" \
    | grep '^RESULT')
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...; KB
  local heap
  heap=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { used=$3+$4+$6+$8; if (used>m) m=used; if ($8>o) o=$8 }
              END { printf "%.0f %.0f", m/1024, o/1024 }' "$WORK/jstat.txt")
  read -r _ requests rps p50 p99 non2xx errors <<< "$line"
  read -r peak old <<< "$heap"
  ROWS+=("| $name | $conns | $requests | $rps | $p50 | $p99 | $non2xx | $errors | $peak | $old |")
}

run_case "bare servlet (baseline)" 2 $CONNECTIONS "http://127.0.0.1:$PORT/bare"
run_case "GetCapabilities (GET)" 2 $CONNECTIONS "$WPS?service=WPS&request=GetCapabilities"
run_case "Execute say_hello (GET)" 2 $CONNECTIONS "$WPS?service=WPS&version=1.0.0&request=Execute&identifier=say_hello&DataInputs=name=wrk"
run_case "Execute say_hello (POST)" 2 $CONNECTIONS "$WPS" "$WORK/hello.xml"
run_case "Execute test_checksum, 50 MB by reference (POST)" 1 2 "$WPS" "$WORK/big.xml"

echo
echo "JWPS loopback benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1), ${DURATION}s per case, server heap 512 MB"
echo
echo "| case | connections | requests | requests/s | p50 ms | p99 ms | non-2xx | socket errors | peak heap MB | peak old gen MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
