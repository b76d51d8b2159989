#!/usr/bin/env bash
# Times every web page and weighs the public level page against a server holding the demo scenario plus
# generated decisions. Usage: bench/web-pages/run.sh [DECISIONS] [REQUESTS]  (defaults 1000 and 50).
# Needs the CLI built (dotnet build -c Debug src/Tocsin.Cli), curl and jq. Nothing is asserted: the figures
# go into docs/benchmarks.md ("Web pages").
set -euo pipefail
decisions=${1:-1000}
requests=${2:-50}
port=5099
base="http://127.0.0.1:$port"
data=$(mktemp -d)
cli=artifacts/bin/Tocsin.Cli/debug/tocsin

"$cli" serve --demo --data "$data" --port "$port" > "$data/server.log" 2>&1 &
server=$!
trap 'kill "$server"; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
until curl -sf "$base/health" > /dev/null; do kill -0 "$server" || { cat "$data/server.log"; exit 1; }; sleep 0.5; done

# Decisions across the départements: most stay proposals, one in ten is approved (and so published).
mapfile -t territories < <(for n in $(seq 1 95); do [[ $n == 20 ]] || printf 'FRA-D%02d\n' "$n"; done)
now=$(date -u +%FT%TZ)
review=$(date -u -d '+30 days' +%FT%TZ)
for ((i = 0; i < decisions; i++)); do
  territory=${territories[i % ${#territories[@]}]}
  id=$(jq -n --arg t "$territory" --arg now "$now" --arg review "$review" '{scheme: "vigipirate",
        level: "urgence-attentat", territories: [$t], effectiveAt: $now, reviewBy: $review,
        authority: "Premier ministre", rationale: "Generated for the page benchmark.", supersedes: [], evidence: [],
        exercise: false}' |
    curl -s -u ana:demo-analyst -H 'Content-Type: application/json' -d @- "$base/api/v1/decisions" | jq -r .id)
  if ((i % 10 == 0)); then
    curl -s -o /dev/null -u paul:demo-approver -X POST "$base/api/v1/decisions/$id/approve"
  fi
done
decision=$id
alert=$(curl -s "$base/en/levels/vigipirate/${territories[0]}" | grep -o '/en/alerts/[^"]*' | head -1)

# Staff pages with a session cookie, as a browser holds it after signing in.
jar="$data/cookies"
token=$(curl -s -c "$jar" "$base/account/signin" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' |
  sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "_handler=signin" --data-urlencode "Form.UserName=paul" --data-urlencode "Form.Password=demo-approver" \
  "$base/account/signin"

time_page() { # path, then curl options; prints p50 and p99 in milliseconds over $requests requests
  local path=$1; shift
  curl -s -o /dev/null "$@" "$base$path" # warm-up
  for ((r = 0; r < requests; r++)); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept: text/html' -H 'Accept-Encoding: br' "$@" "$base$path"
  done | sort -n | awk -v path="$path" '{t[NR] = $1 * 1000} END {
    p50 = t[int((NR + 1) * 0.50)]; p99 = t[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
    printf "| `%s` | %.1f | %.1f |\n", path, p50, p99 }'
}

echo "| page | p50 ms | p99 ms |"
echo "|---|---:|---:|"
for path in /fr/ /en/levels/vigipirate /fr/levels/vigipirate/FRA-D75 "$alert" /account/signin /no-such-page /api/docs; do
  time_page "$path"
done
for path in /account /analyst/ingest /decisions "/decisions?history=20" /decisions/new "/decisions/$decision"; do
  time_page "$path" -b "$jar"
done

weigh() { # encoding: prints the bytes of the public level page and everything it loads, as served
  local encoding=$1 html total=0 size
  html=$(curl -s "$base/fr/levels/vigipirate")
  for path in /fr/levels/vigipirate $(grep -o '\(href\|src\)="[^"]*\.\(css\|js\)"' <<< "$html" | sed 's/.*="//; s/"$//'); do
    [[ $path == /* ]] || path="/$path"
    size=$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $encoding" "$base$path")
    echo "| \`$path\` | $encoding | $size |"
    total=$((total + size))
  done
  echo "| total | $encoding | **$total** |"
}
echo
echo "| resource | encoding | bytes |"
echo "|---|---|---:|"
weigh br
weigh gzip
weigh identity
