#!/usr/bin/env bash
# `make bench-redis` (issue 16): the learner journey (demoborger-load, think time 1–3 s) at
# 50, 500 and 1 550 learners (50 classes × 31) against, in one run on this machine:
#   memory  one app server with the embedded in-memory store (the anchor);
#   redis1  one app server with its worlds in Redis;
#   redis2  two app servers on the same Redis, every learner's requests alternating
#           between them (a load balancer without sticky sessions).
# Then the memory of one world in Redis (MEMORY USAGE): fresh, and after the whole journey.
# redis-server is started here on a free port with its own data directory (appendonly yes,
# appendfsync everysec), never the system's. Then, without think time, two app servers on
# Redis at 32 to 1 024 learners at once. Logs in target/bench-redis/. ~14 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/setup.sh --bench
scripts/build.sh
cargo build --release --locked -p loadtest
LOAD=target/release/demoborger-load
OUT=target/bench-redis
rm -rf "$OUT"; mkdir -p "$OUT"
SCRATCH=$(mktemp -d)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
REDIS=$(free_port)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

redis-server --bind 127.0.0.1 --port "$REDIS" --dir "$SCRATCH" --appendonly yes \
  --appendfsync everysec --save "" --daemonize no >"$OUT/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do redis-cli -p "$REDIS" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done

# app PORT METRICS [extra flags]: a server with the per-address limits raised (every virtual
# learner comes from 127.0.0.1; see README "Load test").
app() {
  local port=$1 metrics=$2; shift 2
  target/serve/demoborger --port "$port" --site-root target/site --scenario-dir scenarios/default \
    --metrics-addr "127.0.0.1:$metrics" --starts-per-minute 1000000 --max-connections-per-ip 8192 \
    --world-requests-per-second 100000 --world-burst 100000 "$@" >>"$OUT/app-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
}
stop_apps() {
  for p in "${pids[@]:1}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=("${pids[0]}")
}
value() { awk -v k="$1:" '$1==k{print $2}' "$2"; }

journeys() {
  local name=$1 base=$2 metrics=$3
  for spec in "50 10" "500 30" "1550 60"; do
    set -- $spec
    echo "==> $name: $1 learners"
    $LOAD journey --base "$base" --metrics "$metrics" --learners "$1" --ramp-secs "$2" --end-world \
      | tee "$OUT/$name-$1.txt"
  done
}

A=$(free_port); MA=$(free_port); B=$(free_port); MB=$(free_port)
URL="redis://127.0.0.1:$REDIS/0"

app "$A" "$MA"
journeys memory "http://127.0.0.1:$A" "http://127.0.0.1:$MA/metrics"
stop_apps

app "$A" "$MA" --redis-url "$URL"
journeys redis1 "http://127.0.0.1:$A" "http://127.0.0.1:$MA/metrics"
stop_apps

app "$A" "$MA" --redis-url "$URL"
app "$B" "$MB" --redis-url "$URL"
journeys redis2 "http://127.0.0.1:$A,http://127.0.0.1:$B" \
  "http://127.0.0.1:$MA/metrics,http://127.0.0.1:$MB/metrics"

echo "==> no think time, two app servers on Redis: where the server's p99 crosses 150 ms"
for n in 32 128 512 1024; do
  $LOAD journey --base "http://127.0.0.1:$A,http://127.0.0.1:$B" \
    --metrics "http://127.0.0.1:$MA/metrics,http://127.0.0.1:$MB/metrics" --learners "$n" \
    --ramp-secs 1 --think-min-ms 0 --think-max-ms 0 --repeat 5 --end-world >"$OUT/nothink-redis2-$n.txt"
  echo "   $n learners at once: $(value requests_per_second "$OUT/nothink-redis2-$n.txt") requests/s, server p99 $(value server_p99_ms "$OUT/nothink-redis2-$n.txt") ms, client step p99 $(value client_step_p99_ms "$OUT/nothink-redis2-$n.txt") ms, errors $(value errors "$OUT/nothink-redis2-$n.txt")"
done

echo "==> the memory of one world in Redis"
redis-cli -p "$REDIS" flushall >/dev/null
curl -s -o /dev/null -X POST -H 'sec-fetch-site: same-origin' "http://127.0.0.1:$A/ovelse/start"
fresh_key=$(redis-cli -p "$REDIS" --scan --pattern 'demoborger:w:*' | head -1)
fresh=$(redis-cli -p "$REDIS" memory usage "$fresh_key")
fresh_bytes=$(redis-cli -p "$REDIS" hstrlen "$fresh_key" b)
$LOAD journey --base "http://127.0.0.1:$A" --learners 1 --ramp-secs 0 >"$OUT/one-used.txt"
used_key=$(redis-cli -p "$REDIS" --scan --pattern 'demoborger:w:*' | grep -v "$fresh_key" | head -1)
used=$(redis-cli -p "$REDIS" memory usage "$used_key")
used_bytes=$(redis-cli -p "$REDIS" hstrlen "$used_key" b)

echo
echo "==> summary (logs in $OUT/)"
for name in memory redis1 redis2; do
  for n in 50 500 1550; do
    f="$OUT/$name-$n.txt"
    echo "$name $n learners: errors $(value errors "$f"), server p99 $(value server_p99_ms "$f") ms, client step p99 $(value client_step_p99_ms "$f") ms, $(value requests_per_second "$f") requests/s"
  done
done
for n in 32 128 512 1024; do
  f="$OUT/nothink-redis2-$n.txt"
  echo "redis2 no think time, $n learners: $(value requests_per_second "$f") requests/s, server p99 $(value server_p99_ms "$f") ms, client step p99 $(value client_step_p99_ms "$f") ms, errors $(value errors "$f")"
done
echo "one world in Redis (MEMORY USAGE, the whole hash): fresh $fresh bytes (its world bytes $fresh_bytes); after the journey (logged in, letter read, folder, moved, a message written, logged off) $used bytes (world bytes $used_bytes)"
