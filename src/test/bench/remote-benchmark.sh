#!/usr/bin/env bash
# ogp-lod over remote engines (--store sparql:URL) against ogp-lod on its embedded store and against the engine queried
# directly, over the same data, in one run. The engines: OpenLink Virtuoso 7 (Debian's virtuoso-opensource-7, installed
# with apt-get when missing, its own ini and database in WORK) and a standalone Apache Jena Fuseki (the
# jena-fuseki-server jar from Maven Central, a TDB2 dataset open to updates), each on a free local port.
#
# Part 1, load: `load` builds a release from DATA into the embedded store, into Virtuoso and into Fuseki (the two last
#   through SPARQL Update); seconds, triples per second and the ratio to the embedded load.
# Part 2, the example queries (queries/*.rq but full-text search): Virtuoso queried directly (the release's graph as
#   default graph, as ogp-lod sends it) against ogp-lod over Virtuoso (parse, guard, forward, rewrite the answer);
#   median of RUNS after a warm-up, every run with a comment of its own so that no cache answers it; the geometric
#   mean of the ratios is what ogp-lod adds.
# Part 3, pages: PAGES distinct commitment pages (HTML) fetched one after another from ogp-lod on the embedded store,
#   over Virtuoso and over Fuseki: first visits (each page asks the store) and a second pass (the page cache).
#
# Usage: src/test/bench/remote-benchmark.sh DATA
#   DATA: a folder for `load`, e.g. from `java -jar target/ogp-lod.jar generate --commitments 50000 --seed 1 -o /tmp/g50k`
# Environment: RUNS (5), PAGES (300), HEAP (2g), PORT (first of six ports, 18400), WORK (default: a temporary folder,
#   removed at the end), SKIP_LOAD (1: skip part 1 and serve what an earlier run loaded in WORK), FUSEKI_VERSION
#   (6.2.0), QUERIES (files; default queries/*.rq but full-text-search)
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -eq 1 ] && [ -d "$1" ] || { sed -n "17,22p" "$0" >&2; exit 2; }
data=$(readlink -f "$1")
runs=${RUNS:-5}
pages=${PAGES:-300}
heap=${HEAP:-2g}
port=${PORT:-18400}
fuseki_version=${FUSEKI_VERSION:-6.2.0}
read -r -a queries <<< "${QUERIES:-$(ls queries/*.rq | grep -v full-text-search | tr "\n" " ")}"
. .ci/java21.sh
. src/test/bench/virtuoso-ini.sh
java=$JAVA_HOME/bin/java
if [ -n "${WORK:-}" ]; then work=$(readlink -f "$WORK"); mkdir -p "$work"; else work=$(mktemp -d); fi
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${WORK:-}" ] || rm -rf "$work"
}
trap stop_all EXIT
log() { echo "# $*" >&2; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v n="$1" -v d="$2" 'BEGIN { printf "%.3f", (d > 0 ? n / d : 1) }'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

[ -f target/ogp-lod.jar ] || mvn -B -q package -DskipTests
fuseki_jar=$HOME/.m2/repository/org/apache/jena/jena-fuseki-server/$fuseki_version/jena-fuseki-server-$fuseki_version.jar
[ -f "$fuseki_jar" ] || mvn -B -q dependency:get -Dartifact="org.apache.jena:jena-fuseki-server:$fuseki_version" >&2
if ! command -v virtuoso-t >/dev/null 2>&1; then
    log "installing Debian's virtuoso-opensource-7"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource-7 >/dev/null
fi
virtuoso_port=$port isql_port=$((port + 1)) fuseki_port=$((port + 2))
embedded_port=$((port + 3)) over_virtuoso_port=$((port + 4)) over_fuseki_port=$((port + 5))

# ---- the engines
mkdir -p "$work/virtuoso"
virtuoso_ini "$work/virtuoso" "$isql_port" "$virtuoso_port" 120
(cd "$work/virtuoso" && exec virtuoso-t +configfile virtuoso.ini +foreground > virtuoso.out 2>&1) &
pids+=($!)
mkdir -p "$work/fuseki"
FUSEKI_BASE=$work/fuseki-run "$java" "-Xmx$heap" -jar "$fuseki_jar" --tdb2 --loc "$work/fuseki" --update \
    --port "$fuseki_port" --localhost /ds > "$work/fuseki.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "http://localhost:$virtuoso_port/sparql?query=ASK%7B%7D" \
        && curl -fs -o /dev/null "http://localhost:$fuseki_port/\$/ping"; do
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work"/*.log "$work"/virtuoso/*.out >&2; exit 1; }; done
    sleep 1
done
printf 'dba:dba' > "$work/virtuoso.credentials"
embedded=(--store "$work/embedded")
over_virtuoso=(--store "sparql:http://localhost:$virtuoso_port/sparql" --update-url "http://localhost:$virtuoso_port/sparql-auth"
    --store-credentials "$work/virtuoso.credentials" --store-files "$work/virtuoso-files")
over_fuseki=(--store "sparql:http://localhost:$fuseki_port/ds" --store-files "$work/fuseki-files")

# ---- part 1: load
load() { # NAME OPTIONS...: prints the seconds
    local name=$1 start
    shift
    start=$(date +%s.%N)
    "$java" "-Xmx$heap" -jar target/ogp-lod.jar load "$@" "$data" > "$work/load-$name.log" 2>&1 \
        || { cat "$work/load-$name.log" >&2; exit 1; }
    seconds_since "$start"
}
if [ "${SKIP_LOAD:-0}" != 1 ]; then
    log "loading into the embedded store"
    t_embedded=$(load embedded "${embedded[@]}")
    log "loading into Virtuoso"
    t_virtuoso=$(load virtuoso "${over_virtuoso[@]}")
    log "loading into Fuseki"
    t_fuseki=$(load fuseki "${over_fuseki[@]}")
fi
release=$(sed -n 's/^loaded release \([0-9-]*\) .*/\1/p' "$work/load-virtuoso.log")
graph=http://localhost:8080/id/release/$release
triples=$(sed -n 's/.*(with the ontology: \([0-9,]*\)).*/\1/p' "$work/load-embedded.log" | tr -d ,)
rate() { awk -v n="$triples" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }
if [ "${SKIP_LOAD:-0}" != 1 ]; then
    echo "## load: $triples triples (and the stamps) from $data, -Xmx$heap"
    printf '%-34s %10s %12s %18s\n' store seconds triples/s "ratio to embedded"
    printf '%-34s %10s %12s %18s\n' "embedded TDB2" "$t_embedded" "$(rate "$t_embedded")" 1.000
    printf '%-34s %10s %12s %18s\n' "Virtuoso 7 (SPARQL Update)" "$t_virtuoso" "$(rate "$t_virtuoso")" \
        "$(ratio "$(rate "$t_virtuoso")" "$(rate "$t_embedded")")"
    printf '%-34s %10s %12s %18s\n' "Fuseki $fuseki_version (SPARQL Update)" "$t_fuseki" "$(rate "$t_fuseki")" \
        "$(ratio "$(rate "$t_fuseki")" "$(rate "$t_embedded")")"
fi

# ---- the three ogp-lod nodes
serve() { # PORT NAME OPTIONS...
    local p=$1 name=$2
    shift 2
    "$java" "-Xmx$heap" -jar target/ogp-lod.jar serve --port "$p" --query-rate 0 --page-rate 0 --query-timeout 120 \
        --memory-budget 0 "$@" > "$work/serve-$name.log" 2>&1 &
    pids+=($!)
}
serve "$embedded_port" embedded "${embedded[@]}" --data "$data"
serve "$over_virtuoso_port" virtuoso "${over_virtuoso[@]}"
serve "$over_fuseki_port" fuseki "${over_fuseki[@]}"
for p in "$embedded_port" "$over_virtuoso_port" "$over_fuseki_port"; do
    until curl -fs -o /dev/null --max-time 60 "http://localhost:$p/health"; do
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work"/serve-*.log >&2; exit 1; }; done
        sleep 1
    done
done

# ---- part 2: queries, Virtuoso directly against ogp-lod over Virtuoso
ask() { # URL QUERY-FILE TAG [EXTRA...]: prints "milliseconds rows" (a CONSTRUCT's rows: its distinct triples)
    local url=$1 file=$2 tag=$3 body=$work/body.$$ query=$work/query.$$ seconds status rows
    local accept=application/sparql-results+json
    grep -qiE '^[[:space:]]*CONSTRUCT' "$file" && accept=application/n-triples
    shift 3
    { cat "$file"; printf '\n# %s\n' "$tag"; } > "$query"
    read -r seconds status < <(curl -sS -o "$body" -w '%{time_total} %{http_code}\n' --max-time 150 \
        -H "Accept: $accept" --data-urlencode "query@$query" "$@" "$url" || echo "150 0")
    rows='!'
    if [ "$status" = 200 ] && [ "$accept" = application/n-triples ]; then
        rows=$(grep -v '^[[:space:]]*\(#\|$\)' "$body" | sort -u | wc -l)
    elif [ "$status" = 200 ]; then
        rows=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
print(len(r["results"]["bindings"]) if "results" in r else 1)' "$body" 2>/dev/null || echo '!')
    fi
    awk -v s="$seconds" -v rows="$rows" 'BEGIN { printf "%.1f %s\n", s * 1000, rows }'
}
direct() { ask "http://localhost:$virtuoso_port/sparql" "$1" "$2" --data-urlencode "default-graph-uri=$graph" \
    --data-urlencode "named-graph-uri=urn:x-ogp-lod:no-named-graphs"; }
through() { ask "http://localhost:$over_virtuoso_port/sparql" "$1" "$2"; }
echo
echo "## example queries: Virtuoso directly against ogp-lod over Virtuoso, median of $runs, milliseconds"
printf '%-56s %10s %10s %8s %12s\n' query virtuoso ogp-lod ratio "rows vir/ogp"
: > "$work/ratios"
run=0
for query in "${queries[@]}"; do
    v_times='' o_times=''
    read -r _ v_rows <<< "$(direct "$query" "warm $$")"
    read -r _ o_rows <<< "$(through "$query" "warm $$")"
    for ((r = 0; r < runs; r++)); do
        run=$((run + 1))
        if ((r % 2 == 0)); then
            read -r ms _ <<< "$(direct "$query" "run $$ $run")"; v_times+="$ms "
            read -r ms _ <<< "$(through "$query" "run $$ $run")"; o_times+="$ms "
        else
            read -r ms _ <<< "$(through "$query" "run $$ $run")"; o_times+="$ms "
            read -r ms _ <<< "$(direct "$query" "run $$ $run")"; v_times+="$ms "
        fi
    done
    v=$(median <<< "$v_times") o=$(median <<< "$o_times")
    mark=''
    [ "$v_rows" = "$o_rows" ] || mark='*'
    printf '%-56s %10.1f %10.1f %8s %12s\n' "$(basename "$query" .rq)" "$v" "$o" "$(ratio "$o" "$v")" \
        "$v_rows/$o_rows$mark"
    echo "$v $o" >> "$work/ratios"
done
awk '{ v += log($1 > 0 ? $1 : 0.1); o += log($2 > 0 ? $2 : 0.1) }
    END { printf "geometric means: Virtuoso %.1f ms, ogp-lod over Virtuoso %.1f ms: ogp-lod adds %.0f %%\n",
        exp(v / NR), exp(o / NR), (exp((o - v) / NR) - 1) * 100 }' "$work/ratios"

# ---- part 3: pages
echo
echo "## pages: $pages distinct commitment pages (HTML), one after another; pages per second"
curl -s "http://localhost:$embedded_port/sparql" -H 'Accept: text/csv' --data-urlencode "query=PREFIX ogp: <http://localhost:8080/def/ogp#>
SELECT ?c WHERE { ?c a ogp:Commitment } ORDER BY ?c LIMIT $pages" | tail -n +2 | tr -d '\r' \
    | sed 's|^http://localhost:8080/id/|/doc/|' > "$work/pages"
fetch() { # PORT: prints the seconds for every page of the list
    local start
    start=$(date +%s.%N)
    while read -r page; do
        curl -fs -o /dev/null -H 'Accept: text/html' "http://localhost:$1$page" || echo "! $page" >&2
    done < "$work/pages"
    seconds_since "$start"
}
per_second() { awk -v n="$(wc -l < "$work/pages")" -v s="$1" 'BEGIN { printf "%.1f", n / s }'; }
printf '%-28s %14s %14s %22s\n' store "first visit" "second pass" "first visit / embedded"
first_embedded=''
for name in embedded virtuoso fuseki; do
    case $name in embedded) p=$embedded_port ;; virtuoso) p=$over_virtuoso_port ;; fuseki) p=$over_fuseki_port ;; esac
    first=$(per_second "$(fetch "$p")")
    second=$(per_second "$(fetch "$p")")
    [ -n "$first_embedded" ] || first_embedded=$first
    printf '%-28s %14s %14s %22s\n' "ogp-lod over $name" "$first" "$second" "$(ratio "$first" "$first_embedded")"
done
