#!/usr/bin/env bash
# The public read path of a Release server holding the demo (SQLite, production middleware, metrics on, traces exported
# at the default sampling, logging defaults) against nginx serving the same bytes as static files, in the same run.
# Usage: bench/public-read/run.sh [SECONDS]  (default 10).
# APPROVE_EVERY=SECONDS paces the approvals made during the fixed-rate runs (default 1; 0 for flat out; off for none).
# Needs: apt-get install -y wrk nginx gcc python3; dotnet build -c Release src/Tocsin.Cli; curl and jq. The open-loop generator
# (openloop.c, beside this script) is compiled on each run.
# Prints Markdown tables for docs/benchmarks.md ("Public read path"); nothing is asserted.
set -euo pipefail
seconds=${1:-10}
port=5098
nginx_port=5097
collector_port=5096
base="http://127.0.0.1:$port"
data=$(mktemp -d)
cli=artifacts/bin/Tocsin.Cli/release/tocsin
point="/api/v1/levels/point?lat=48.8566&lon=2.3522"

cc -O2 -o "$data/openloop" "$(dirname "$0")/openloop.c"
driver="$data/openloop"

nginx_pid=
server=
approvals=
cleanup() {
  [[ -n $approvals ]] && kill "$approvals" 2> /dev/null
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2> /dev/null
  [[ -n $server ]] && kill "$server" 2> /dev/null
  wait 2> /dev/null
  rm -rf "$data"
}
trap cleanup EXIT

# nginx serves the bytes Tocsin serves, as files: the yardstick of the same machine at the same moment. It also stands
# in for an OpenTelemetry collector (any POST answered 200), so that the server runs with its traces exported.
mkdir -p "$data/www"
chmod -R a+rX "$data"  # nginx workers run as another user
cat > "$data/nginx.conf" << CONF
worker_processes auto;
pid $data/nginx.pid;
error_log $data/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;  # as Kestrel: a connection is not closed after a count of requests
  include /etc/nginx/mime.types;
  server { listen 127.0.0.1:$nginx_port; root $data/www; }
  server { listen 127.0.0.1:$collector_port; location / { return 200; } }
}
CONF
nginx -c "$data/nginx.conf" &
nginx_pid=$!

# Production settings: metrics on (the Prometheus endpoint), traces sampled at the default ratio and exported over
# OTLP, security headers, the default log levels (no access log).
Tocsin__Telemetry__Prometheus__Enabled=true Tocsin__Telemetry__Otlp__Endpoint="http://127.0.0.1:$collector_port" \
  "$cli" serve --demo --data "$data/store" --port "$port" > "$data/server.log" 2>&1 &
server=$!
until curl -sf "$base/health" > /dev/null; do kill -0 "$server" || { cat "$data/server.log"; exit 1; }; sleep 0.5; done
echo "Server up after ${SECONDS} s" >&2

curl -s "$base/api/v1/levels" > "$data/www/levels.json"
curl -s "$base/feeds/cap.atom" > "$data/www/cap.atom"
curl -s "$base$point" > "$data/www/point.json"
chmod -R a+rX "$data/www"
until curl -sf "http://127.0.0.1:$nginx_port/levels.json" > /dev/null; do sleep 0.2; done

measure() { # URL: prints "requests/s p99-ms" from wrk -t2 -c64
  wrk -t2 -c64 -d"${seconds}s" --latency "$1" | awk '
    /^Requests\/sec/ { rps = $2 }
    /^ +99%/ { v = $2; ms = v ~ /us$/ ? v / 1000 : v ~ /ms$/ ? v + 0 : v * 1000 }
    END { printf "%d %.2f\n", rps, ms }'
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | Tocsin req/s | Tocsin p99 ms | nginx, same bytes, req/s | ratio |"
echo "|---|---:|---:|---:|---:|"
declare -A maximum
for pair in "/api/v1/levels levels.json" "/feeds/cap.atom cap.atom" "$point point.json"; do
  read -r path file <<< "$pair"
  read -r tocsin tocsin_p99 <<< "$(measure "$base$path")"
  read -r yardstick _ <<< "$(measure "http://127.0.0.1:$nginx_port/$file")"
  maximum[$path]=$tocsin
  printf '| `%s` | %d | %.2f | %d | %.2f |\n' "$path" "$tocsin" "$tocsin_p99" "$yardstick" "$(jq -n "$tocsin / $yardstick")"
done
echo
echo "Load average after the closed-loop runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# Decisions approved in a loop while the fixed-rate runs read: each approval publishes and replaces the snapshot.
# APPROVE_EVERY seconds between approvals (default 1: far more than a real plan sees, even on the night of an attack);
# 0 approves flat out, which makes the approvals, not the readers, the load.
approve_every=${APPROVE_EVERY:-1}
if [[ $approve_every != off ]]; then
  python3 "$(dirname "$0")/approve.py" 127.0.0.1 "$port" "$approve_every" "$data/approved" &
  approvals=$!
fi

echo
echo "| endpoint (fixed rate, half the maximum, decisions approved meanwhile) | offered req/s | requests | achieved req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for path in /api/v1/levels /feeds/cap.atom "$point"; do
  "$driver" 127.0.0.1 "$port" "$path" $((maximum[$path] / 2)) "$seconds"
done
if [[ -n $approvals ]]; then kill "$approvals"; fi
approvals=
# The same offered rates against nginx: what the generator and the machine add to any server's latency.
for pair in "/api/v1/levels levels.json" "/feeds/cap.atom cap.atom" "$point point.json"; do
  read -r path file <<< "$pair"
  "$driver" 127.0.0.1 "$nginx_port" "/$file" $((maximum[$path] / 2)) "$seconds"
done
echo
echo "Decisions approved during the fixed-rate runs: $(cat "$data/approved" 2> /dev/null || echo 0)"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Server resident memory at the end: $(( $(ps -o rss= -p "$server") / 1024 )) MB"
