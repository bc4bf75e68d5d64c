#!/usr/bin/env bash
# Requests/s for a commitment page (HTML and Turtle) against static bytes of the same size served by the same
# server (a Range request on a dump file) and against the page's own bytes served by nginx (Debian's nginx-light,
# installed with apt-get when missing; the static-file ceiling), with wrk; prints each rate and the ratios
# page/static and page/nginx, and page/live against the same server's cheapest answer (/health/live: 6 bytes, no
# store, through the same Jetty, filters and Javalin as a page), the most a page could reach there. Then the 99th
# percentile latency of /health and of the HTML page, first alone, then while four slow SPARQL queries (a cross
# product, stopped by the query timeout) hold the whole query cap, and the ratios of the two.
# Usage: src/test/bench/web-benchmark.sh [seconds=10] [connections=16]   (needs target/ogp-lod.jar and wrk)
set -euo pipefail
cd "$(dirname "$0")/../../.."
. .ci/java21.sh
seconds=${1:-10}
connections=${2:-16}
port=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
    echo "# installing Debian's nginx-light" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
jar=${JAR:-target/ogp-lod.jar}
[ -f "$jar" ] || { echo "$jar is missing: mvn -B -q package -DskipTests" >&2; exit 2; }

java -jar "$jar" serve --port "$port" --store mem --base-uri "http://localhost:$port/" --page-rate 0 >/dev/null 2>&1 &
server=$!
# nginx serves the page's bytes from a folder of its own, on the next port, with as many workers as cores.
www=$(mktemp -d)
stop() {
    kill $server 2>/dev/null || true
    [ -f "$www/nginx.pid" ] && kill "$(cat "$www/nginx.pid")" 2>/dev/null
    rm -rf "$www"
}
trap stop EXIT
mkdir "$www/root"
cat > "$www/nginx.conf" <<CONF
worker_processes auto;
pid $www/nginx.pid;
error_log $www/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $www; proxy_temp_path $www; fastcgi_temp_path $www; uwsgi_temp_path $www; scgi_temp_path $www;
    types { text/html html; text/turtle ttl; }
    server { listen 127.0.0.1:$((port + 1)); root $www/root; }
}
CONF
"$nginx" -p "$www" -c "$www/nginx.conf" -e "$www/error.log"
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
# Warm-up, not measured: without it the first rate (the HTML page) is taken while the JIT still compiles.
for suffix in html ttl; do
    rate "http://localhost:$port$page.$suffix" >/dev/null
done
rate "http://localhost:$port/dumps/ogp-lod.nt.gz" "Range: bytes=0-4095" >/dev/null
rate "http://localhost:$port/health/live" >/dev/null
live_rate=$(rate "http://localhost:$port/health/live")
for suffix in html ttl; do
    url="http://localhost:$port$page.$suffix"
    size=$(curl -fs "$url" | wc -c)
    static="http://localhost:$port/dumps/ogp-lod.nt.gz"
    curl -fs "$url" > "$www/root/page.$suffix"; curl -fs -H "Range: bytes=0-$((size - 1))" "$static" >/dev/null
    ceiling="http://localhost:$((port + 1))/page.$suffix"
    [ "$(curl -fs "$ceiling" | wc -c)" = "$size" ] || { echo "nginx did not serve the page" >&2; exit 1; }
    page_rate=$(rate "$url")
    static_rate=$(rate "$static" "Range: bytes=0-$((size - 1))")
    nginx_rate=$(rate "$ceiling")
    awk -v s="$suffix" -v b="$size" -v p="$page_rate" -v f="$static_rate" -v n="$nginx_rate" -v l="$live_rate" '
    BEGIN { printf "%-5s %6d bytes: page %8.0f req/s, static %8.0f, nginx %8.0f, live %8.0f; " \
        "page/static %.2f, page/nginx %.2f, page/live %.2f\n", s, b, p, f, n, l, p / f, p / n, p / l }'
done

# p99 URL: the 99th percentile latency in milliseconds, from wrk's latency distribution.
p99() {
    wrk -t2 "-c$connections" "-d${seconds}s" --latency "$1" | awk '$1 == "99%" {
        v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
        printf "%.1f", (unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v) }'
}
slow='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }'
declare -A alone=()
for path in /health "$page.html"; do alone[$path]=$(p99 "http://localhost:$port$path"); done
holders=()
for i in 1 2 3 4; do
    curl -s -o /dev/null --data-urlencode "query=$slow # $i $$" "http://localhost:$port/sparql" &
    holders+=($!)
done
sleep 1
for path in /health "$page.html"; do
    held=$(p99 "http://localhost:$port$path")
    awk -v p="$path" -v a="${alone[$path]}" -v h="$held" 'BEGIN {
        printf "%-28s p99 alone %7.1f ms, while 4 slow queries run %7.1f ms, ratio %.2f\n", p, a, h, h / a }'
done
running=0
for pid in "${holders[@]}"; do kill -0 "$pid" 2>/dev/null && running=$((running + 1)); done
echo "($running of the 4 slow queries were still running when the last measurement ended)"
kill "${holders[@]}" 2>/dev/null || true
