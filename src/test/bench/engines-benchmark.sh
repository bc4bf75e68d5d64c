#!/usr/bin/env bash
# ogp-lod against two other engines over the same triples, in one run: a standalone Apache Jena Fuseki (the
# jena-fuseki-server jar from Maven Central, TDB2) and OpenLink Virtuoso 7 (Debian's virtuoso-opensource-7, installed
# with apt-get when missing), each on its own free local port.
#
# Part 1, the release build: ogp-lod's `load` builds a release from DATA (convert, validate, load, dumps, search index,
# link and change reports) at -Xmx$BUILD_HEAP; its N-Triples dump is then loaded into a new TDB2 database by Fuseki's
# tdb2.tdbloader (--loader=sequential, then --loader=parallel) and into Virtuoso by its bulk loader (ld_dir and
# rdf_loader_run, then a checkpoint). Prints each time, triples per second and the ratio to Fuseki's sequential loader.
#
# Part 2, the example queries (queries/*.rq but full-text search, which only ogp-lod offers): each engine serves the
# triples above; each query runs once cold (its first execution on every engine), WARMUP times, then RUNS times per
# engine, the engines taking turns, every run with a comment of its own so that no result cache answers it; then the
# same text twice, the second time reported as "rep" (ogp-lod answers it from its result cache). Results are asked
# for as SPARQL JSON and their rows counted (a CONSTRUCT's distinct N-Triples lines): a count that differs from
# ogp-lod's is marked *, a timeout or an error is marked !. Then THROUGHPUT_CLIENTS clients run the whole mix at once
# on each engine (queries per second).
# Prints per query the cold times, the medians in milliseconds, the ratios of the medians to Virtuoso's (< 1 is
# faster than Virtuoso) and the geometric means.
#
# Usage: src/test/bench/engines-benchmark.sh DATA
#   DATA: a folder for `load`, e.g. from `java -jar target/ogp-lod.jar generate --commitments 50000 --seed 1 -o /tmp/g50k`
# Environment: RUNS (5), WARMUP (1), TIMEOUT (seconds per query, 60), HEAP (serving, 4g), BUILD_HEAP (2g),
#   PORT (first of three ports, 18300), WORK (a folder for the three stores; default a new temporary one, removed at
#   the end), SKIP_BUILD (1: skip part 1 and serve the stores an earlier run left in WORK), FUSEKI_VERSION (6.2.0),
#   THROUGHPUT_CLIENTS (2), QUERIES (files, default queries/*.rq but full-text-search), BUILD_ONLY (1: part 1 only)
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -eq 1 ] && [ -d "$1" ] || { sed -n '21,26p' "$0" >&2; exit 2; }
data=$(readlink -f "$1")
runs=${RUNS:-5}
warmup=${WARMUP:-1}
timeout=${TIMEOUT:-60}
heap=${HEAP:-4g}
build_heap=${BUILD_HEAP:-2g}
port=${PORT:-18300}
clients=${THROUGHPUT_CLIENTS:-2}
fuseki_version=${FUSEKI_VERSION:-6.2.0}
read -r -a queries <<< "${QUERIES:-$(ls queries/*.rq | grep -v full-text-search | tr "\n" " ")}"
. .ci/java21.sh
. src/test/bench/virtuoso-ini.sh
java=$JAVA_HOME/bin/java
if [ -n "${WORK:-}" ]; then work=$(readlink -f "$WORK"); mkdir -p "$work"; else work=$(mktemp -d); fi
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "${WORK:-}" ] || rm -rf "$work"
}
trap stop_all EXIT
log() { echo "# $*" >&2; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v n="$1" -v d="$2" 'BEGIN { printf "%.3f", (d > 0 ? n / d : 1) }'; }

# ---- the three engines' programs
[ -f target/ogp-lod.jar ] || mvn -B -q package -DskipTests
fuseki_jar=$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/$fuseki_version/jena-fuseki-server-$fuseki_version.jar
[ -f "$fuseki_jar" ] || mvn -B -q dependency:get -Dartifact="org.apache.jena:jena-fuseki-server:$fuseki_version" >&2
if ! command -v virtuoso-t >/dev/null 2>&1; then
    log "installing Debian's virtuoso-opensource-7"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource-7 >/dev/null
fi
ogp_port=$port fuseki_port=$((port + 1)) virtuoso_port=$((port + 2)) isql_port=$((port + 3))

# ---- part 1: building the stores (or, with SKIP_BUILD=1, taking those an earlier run left in WORK)
graph=urn:x-ogp-lod:benchmark
isql() { isql-vt "$isql_port" dba dba "$@"; }
start_virtuoso() {
    (cd "$work/virtuoso" && exec virtuoso-t +configfile virtuoso.ini +foreground > virtuoso.out 2>&1) &
    pids+=($!)
    until isql exec="status();" >/dev/null 2>&1; do
        kill -0 "${pids[-1]}" 2>/dev/null || { cat "$work/virtuoso/virtuoso.out" >&2; exit 1; }
        sleep 1
    done
}
if [ "${SKIP_BUILD:-0}" = 1 ]; then
    [ -n "${WORK:-}" ] && [ -f "$work/ogp/CURRENT" ] && [ -d "$work/fuseki-seq" ] && [ -f "$work/virtuoso/virtuoso.db" ] \
        || { echo "SKIP_BUILD=1 needs WORK holding the stores of an earlier run" >&2; exit 2; }
    sed -i "s/^ServerPort = .*/ServerPort = $isql_port/; /^\[HTTPServer\]/,/^\[/ s/^ServerPort = .*/ServerPort = $virtuoso_port/" \
        "$work/virtuoso/virtuoso.ini"
    start_virtuoso
else
rm -rf "$work/ogp" "$work/fuseki-seq" "$work/fuseki-par" "$work/virtuoso"
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$work/ogp-peak" "$java" "-Xmx$build_heap" -jar target/ogp-lod.jar load \
    --store "$work/ogp" "$data" > "$work/ogp-load.log" 2>&1 || { cat "$work/ogp-load.log" >&2; exit 1; }
ogp_build=$(seconds_since "$start")
dump=$(ls "$work"/ogp/releases/*/dumps/ogp-lod.nt.gz)
triples=$(gzip -dc "$dump" | wc -l)
log "ogp-lod load: $triples triples in $ogp_build s, peak RSS $(($(cat "$work/ogp-peak") / 1024)) MB"

fuseki_load() { # LOADER FOLDER: prints the seconds
    local start
    start=$(date +%s.%N)
    "$java" "-Xmx$build_heap" -cp "$fuseki_jar" tdb2.tdbloader --loader="$1" --loc "$2" "$dump" \
        > "$work/fuseki-$1.log" 2>&1 || { cat "$work/fuseki-$1.log" >&2; exit 1; }
    seconds_since "$start"
}
fuseki_seq=$(fuseki_load sequential "$work/fuseki-seq")
fuseki_par=$(fuseki_load parallel "$work/fuseki-par")
rm -rf "$work/fuseki-par"
log "tdb2.tdbloader: sequential $fuseki_seq s, parallel $fuseki_par s"

mkdir -p "$work/virtuoso/load"
ln -s "$dump" "$work/virtuoso/load/ogp-lod.nt.gz"
virtuoso_ini "$work/virtuoso" "$isql_port" "$virtuoso_port" "$timeout" \
    "$work/virtuoso/load, $(dirname "$(readlink -f "$dump")")"
start_virtuoso
start=$(date +%s.%N)
isql exec="ld_dir('$work/virtuoso/load', 'ogp-lod.nt.gz', '$graph'); rdf_loader_run(); checkpoint;" \
    > "$work/virtuoso-load.log" 2>&1
virtuoso_load=$(seconds_since "$start")
virtuoso_triples=$(isql exec="SPARQL SELECT COUNT(*) FROM <$graph> WHERE { ?s ?p ?o };" 2>/dev/null \
    | grep -E '^[0-9]+ *$' | head -1 | tr -d ' ')
log "virtuoso: $virtuoso_triples triples in $virtuoso_load s"

rate() { awk -v n="$triples" -v s="$1" 'BEGIN { printf "%d", n / s }'; }
echo "## release build and loads: $triples triples from $data"
printf '%-58s %10s %12s %14s\n' "" seconds triples/s "vs tdbloader"
printf '%-58s %10s %12s %14s\n' "ogp-lod load (convert, validate, load, dumps, reports)" "$ogp_build" \
    "$(rate "$ogp_build")" "$(ratio "$(rate "$ogp_build")" "$(rate "$fuseki_seq")")"
printf '%-58s %10s %12s %14s\n' "Fuseki $fuseki_version tdb2.tdbloader --loader=sequential" "$fuseki_seq" \
    "$(rate "$fuseki_seq")" 1.000
printf '%-58s %10s %12s %14s\n' "Fuseki $fuseki_version tdb2.tdbloader --loader=parallel" "$fuseki_par" \
    "$(rate "$fuseki_par")" "$(ratio "$(rate "$fuseki_par")" "$(rate "$fuseki_seq")")"
printf '%-58s %10s %12s %14s\n' "Virtuoso bulk loader (ld_dir, rdf_loader_run, checkpoint)" "$virtuoso_load" \
    "$(rate "$virtuoso_load")" "$(ratio "$(rate "$virtuoso_load")" "$(rate "$fuseki_seq")")"
echo "ogp-lod load peak RSS: $(($(cat "$work/ogp-peak") / 1024)) MB at -Xmx$build_heap"
[ "$virtuoso_triples" = "$triples" ] || echo "! Virtuoso holds $virtuoso_triples triples, the dump $triples"
echo "ogp-lod load, its steps as logged:"
grep -E 'INFO (TdbStaging|ReleaseFiles|Dumps|LinkReport) ' "$work/ogp-load.log" | sed 's/^[0-9:]* INFO /  /'
[ "${BUILD_ONLY:-0}" = 1 ] && exit 0
fi

# ---- part 2: the example queries
"$java" "-Xmx$heap" -jar target/ogp-lod.jar serve --store "$work/ogp" --data "$data" --port "$ogp_port" \
    --query-rate 0 --page-rate 0 --query-timeout "$timeout" > "$work/ogp-serve.log" 2>&1 &
pids+=($!)
FUSEKI_BASE=$work/fuseki-run "$java" "-Xmx$heap" -jar "$fuseki_jar" --loc "$work/fuseki-seq" --port "$fuseki_port" --localhost \
    --timeout="$((timeout * 1000))" /ds > "$work/fuseki-serve.log" 2>&1 &
pids+=($!)
until curl -fs "http://localhost:$ogp_port/health" >/dev/null 2>&1 \
        && curl -fs -o /dev/null "http://localhost:$fuseki_port/ds/sparql?query=ASK%7B%7D"; do
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work"/*.log >&2; exit 1; }; done
    sleep 1
done
engines=(ogp-lod fuseki virtuoso)
endpoint=("http://localhost:$ogp_port/sparql" "http://localhost:$fuseki_port/ds/sparql"
    "http://localhost:$virtuoso_port/sparql")
extra=("" "" "default-graph-uri=$graph")

# ask ENGINE QUERY-FILE TAG: prints "milliseconds rows" for one request of the query with the comment "# TAG";
# rows is "!" when the engine failed or timed out.
ask() {
    local body=$work/body.$1.$BASHPID query=$work/query.$1.$BASHPID seconds status rows
    local accept=application/sparql-results+json
    grep -qiE '^[[:space:]]*(CONSTRUCT|DESCRIBE)' "$2" && accept='application/n-triples, text/plain;q=0.5'
    { cat "$2"; printf '\n# %s\n' "$3"; } > "$query"
    read -r seconds status < <(curl -sS -o "$body" -D "$body.headers" -w '%{time_total} %{http_code}\n' \
        --max-time $((timeout + 30)) -H "Accept: $accept" \
        --data-urlencode "query@$query" ${extra[$1]:+--data-urlencode "${extra[$1]}"} "${endpoint[$1]}" \
        || echo "$((timeout + 30)) 0")
    rows='!'
    if [ "$status" = 200 ] && ! grep -qi '^X-SQL-State:' "$body.headers"; then
        if [ "$accept" = application/sparql-results+json ]; then
            rows=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
print(len(r["results"]["bindings"]) if "results" in r else 1)' "$body" 2>/dev/null || echo '!')
        else # distinct triples
            rows=$(grep -v '^[[:space:]]*\(#\|$\)' "$body" | sort -u | wc -l)
        fi
    fi
    awk -v s="$seconds" -v rows="$rows" 'BEGIN { printf "%.1f %s\n", s * 1000, rows }'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo
echo "## example queries: median of $runs after $warmup warm-up run(s), milliseconds; timeout $timeout s"
printf '%-54s %9s %9s %9s %9s %9s %9s %8s %8s %9s %20s\n' query cold:ogp cold:fus cold:vir ogp fuseki virtuoso \
    ogp/vir fus/vir rep:ogp "rows ogp/fus/vir"
: > "$work/ratios"
run=0
for query in "${queries[@]}"; do
    declare -A cold=() times=() rows=()
    for e in 0 1 2; do read -r cold[$e] rows[$e] <<< "$(ask $e "$query" "cold $$")"; done
    for ((w = 0; w < warmup; w++)); do
        for e in 0 1 2; do run=$((run + 1)); ask $e "$query" "warm-up $$ $run" > /dev/null; done
    done
    for ((r = 0; r < runs; r++)); do
        for i in 0 1 2; do
            e=$(( r % 2 == 0 ? i : 2 - i ))
            run=$((run + 1))
            read -r ms n <<< "$(ask $e "$query" "run $$ $run")"
            times[$e]+="$ms "
            [ "$n" = '!' ] && rows[$e]='!'
        done
    done
    ask 0 "$query" "repeated $$" > /dev/null
    read -r repeated _ <<< "$(ask 0 "$query" "repeated $$")"
    m=()
    for e in 0 1 2; do m[$e]=$(median <<< "${times[$e]}"); done
    marks=()
    for e in 0 1 2; do
        marks[$e]=${rows[$e]}
        [ "${rows[$e]}" = '!' ] || [ "${rows[$e]}" = "${rows[0]}" ] || marks[$e]="${rows[$e]}*"
    done
    printf '%-54s %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %8s %8s %9.1f %20s\n' "$(basename "$query" .rq)" \
        "${cold[0]}" "${cold[1]}" "${cold[2]}" "${m[0]}" "${m[1]}" "${m[2]}" "$(ratio "${m[0]}" "${m[2]}")" \
        "$(ratio "${m[1]}" "${m[2]}")" "$repeated" "${marks[0]}/${marks[1]}/${marks[2]}"
    echo "${m[0]} ${m[1]} ${m[2]} ${cold[0]} ${cold[1]} ${cold[2]} $repeated" >> "$work/ratios"
    unset cold times rows
done
awk '{ for (i = 1; i <= 7; i++) s[i] += log($i > 0 ? $i : 0.1) }
    END {
        for (i = 1; i <= 7; i++) g[i] = exp(s[i] / NR)
        printf "geometric mean of the medians: ogp-lod %.1f ms, Fuseki %.1f ms, Virtuoso %.1f ms over %d queries\n",
            g[1], g[2], g[3], NR
        printf "ratios to Virtuoso: ogp-lod %.2f x, Fuseki %.2f x (cold: ogp-lod %.2f x, Fuseki %.2f x)\n",
            g[1] / g[3], g[2] / g[3], g[4] / g[6], g[5] / g[6]
        printf "ogp-lod repeated (result cache) / median: %.3f\n", g[7] / g[1]
    }' "$work/ratios"

echo
echo "## throughput: $clients clients each running the ${#queries[@]} queries once (queries per second)"
for e in 0 1 2; do
    start=$(date +%s.%N)
    running=()
    for ((c = 0; c < clients; c++)); do
        (for query in "${queries[@]}"; do ask $e "$query" "throughput $$ $c" > /dev/null; done) &
        running+=($!)
    done
    wait "${running[@]}"
    elapsed=$(seconds_since "$start")
    printf '%-10s %8.2f q/s (%s s)\n' "${engines[$e]}" \
        "$(awk -v n=$((clients * ${#queries[@]})) -v s="$elapsed" 'BEGIN { print n / s }')" "$elapsed"
done
