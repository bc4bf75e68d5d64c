#!/usr/bin/env bash
# Requests/s for a commitment page (HTML and Turtle) against static bytes of the same size served by the same
# server (a Range request on a dump file), with wrk; prints each rate and the ratios page/static.
# Usage: src/test/bench/web-benchmark.sh [seconds=10] [connections=16]   (needs target/ogp-lod.jar and wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/java21.sh
seconds=${1:-10}
connections=${2:-16}
port=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
jar=${JAR:-target/ogp-lod.jar}
[ -f "$jar" ] || { echo "$jar is missing: mvn -B -q package -DskipTests" >&2; exit 2; }

java -jar "$jar" serve --port "$port" --store mem --base-uri "http://localhost:$port/" --page-rate 0 >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/health" >/dev/null 2>&1 && break
    sleep 0.5
done

rate() { # url [header]
    local args=(-t2 "-c$connections" "-d${seconds}s" --latency)
    [ -n "${2:-}" ] && args+=(-H "$2")
    wrk "${args[@]}" "$1" | awk '/Requests\/sec/ {print $2}'
}
page=/doc/commitment/UK0107
for suffix in html ttl; do
    url="http://localhost:$port$page.$suffix"
    size=$(curl -fs "$url" | wc -c)
    static="http://localhost:$port/dumps/ogp-lod.nt.gz"
    curl -fs "$url" >/dev/null; curl -fs -H "Range: bytes=0-$((size - 1))" "$static" >/dev/null
    page_rate=$(rate "$url")
    static_rate=$(rate "$static" "Range: bytes=0-$((size - 1))")
    awk -v s="$suffix" -v b="$size" -v p="$page_rate" -v f="$static_rate" 'BEGIN {
        printf "%-5s %6d bytes: page %9.0f req/s, static %9.0f req/s, ratio page/static %.2f\n", s, b, p, f, p / f }'
done
