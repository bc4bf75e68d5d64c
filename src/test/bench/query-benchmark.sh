#!/usr/bin/env bash
# Latency of the example queries (queries/*.rq) on two or more builds of ogp-lod serving the same data, in one run:
# each build serves DATA from an in-memory store on its own port; each query is run once cold (its first execution),
# WARMUP times, then RUNS times per build, the builds taking turns (in alternating order) so that the machine's other
# load falls on all alike. Every run but the last carries a comment of its own, so that no result cache answers it;
# the last repeats the text of the one before (a build with a result cache answers it from there).
# Prints per query and build the cold time, the median of the runs and the repeated time in milliseconds, each
# build's ratio of medians to the first (the baseline; < 1 is faster) and the geometric means of the ratios (cold,
# median, repeated); the results' sizes are compared too (a differing size is marked *).
#
# Usage: src/test/bench/query-benchmark.sh DATA JAR[@JAVA_HOME] JAR[@JAVA_HOME]...
#   DATA: a folder for `serve --data`, e.g. from `java -jar target/ogp-lod.jar generate --commitments 20000 --seed 1 -o /tmp/g20k`
#   JAR@JAVA_HOME: a shaded ogp-lod jar and the JDK to run it with (default: the java that .ci/java21.sh selects)
# Environment: RUNS (3), WARMUP (2), HEAP (4g), PORT (first port, 18200), QUERIES (files, default queries/*.rq)
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -ge 3 ] || { sed -n '8,11p' "$0" >&2; exit 2; }
data=$1; shift
[ -d "$data" ] || { echo "$data is not a folder" >&2; exit 2; }
runs=${RUNS:-3}
warmup=${WARMUP:-2}
heap=${HEAP:-4g}
port=${PORT:-18200}
read -r -a queries <<< "${QUERIES:-$(echo queries/*.rq)}"
default_java=$(. .ci/java21.sh && echo "$JAVA_HOME/bin/java")

labels=() ports=() pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
logs=$(mktemp -d)
for spec in "$@"; do
    jar=${spec%%@*}
    java=$default_java
    [ "$jar" != "$spec" ] && java=${spec#*@}/bin/java
    [ -f "$jar" ] || { echo "$jar is missing" >&2; exit 2; }
    version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')
    label="$(basename "$(dirname "$(readlink -f "$jar")")")/$(basename "$jar")@java$version"
    # One build loads at a time, so that the loads do not slow each other down.
    "$java" "-Xmx$heap" -jar "$jar" serve --store mem --data "$data" --port "$port" \
        --query-rate 0 --page-rate 0 --query-timeout 3600 >"$logs/${#ports[@]}.log" 2>&1 &
    pids+=($!)
    started=$SECONDS
    until curl -fs "http://localhost:$port/health" >/dev/null 2>&1; do
        kill -0 "${pids[-1]}" 2>/dev/null || { cat "$logs/${#ports[@]}.log" >&2; exit 1; }
        sleep 1
    done
    echo "# ${#ports[@]}: $label serving $data on port $port (ready after $((SECONDS - started)) s)" >&2
    labels+=("$label")
    ports+=("$port")
    port=$((port + 1))
done

# time_ms PORT QUERY-FILE TAG: prints "milliseconds bytes" for one request of the query with the comment "# TAG".
time_ms() {
    local seconds
    { cat "$2"; printf '\n# %s\n' "$3"; } > "$logs/query"
    seconds=$(curl -fsS -o "$logs/body" -w '%{time_total}' -H 'Accept: text/csv' \
        --data-urlencode "query@$logs/query" "http://localhost:$1/sparql")
    awk -v s="$seconds" -v bytes="$(wc -c < "$logs/body")" 'BEGIN { printf "%.1f %d\n", s * 1000, bytes }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

builds=${#ports[@]}
for ((b = 0; b < builds; b++)); do echo "# build $b: ${labels[$b]}"; done
printf '%-52s' query
for column in cold ms rep; do for ((b = 0; b < builds; b++)); do printf ' %9s' "$column[$b]"; done; done
for ((b = 1; b < builds; b++)); do printf ' %9s' "$b/0"; done; echo
run=0
for query in "${queries[@]}"; do
    declare -A cold=() times=() repeated=() sizes=()
    for ((b = 0; b < builds; b++)); do
        read -r cold[$b] bytes <<< "$(time_ms "${ports[$b]}" "$query" "cold $$")"
    done
    for ((w = 0; w < warmup; w++)); do
        for ((b = 0; b < builds; b++)); do run=$((run + 1)); time_ms "${ports[$b]}" "$query" "run $$ $run" >/dev/null; done
    done
    for ((r = 0; r < runs; r++)); do
        for ((i = 0; i < builds; i++)); do
            b=$(( r % 2 == 0 ? i : builds - 1 - i ))
            run=$((run + 1))
            read -r ms bytes <<< "$(time_ms "${ports[$b]}" "$query" "run $$ $run")"
            times[$b]+="$ms "
            sizes[$b]=$bytes
        done
    done
    for ((b = 0; b < builds; b++)); do
        time_ms "${ports[$b]}" "$query" "repeated $$" >/dev/null
        read -r repeated[$b] bytes <<< "$(time_ms "${ports[$b]}" "$query" "repeated $$")"
    done
    name=$(basename "$query" .rq)
    printf '%-52s' "$name"
    medians=()
    for ((b = 0; b < builds; b++)); do printf ' %9.1f' "${cold[$b]}"; done
    for ((b = 0; b < builds; b++)); do
        medians[$b]=$(tr ' ' '\n' <<< "${times[$b]}" | grep . | median)
        mark=' '; [ "${sizes[$b]}" = "${sizes[0]}" ] || mark='*'
        printf ' %8.1f%s' "${medians[$b]}" "$mark"
    done
    for ((b = 0; b < builds; b++)); do printf ' %9.1f' "${repeated[$b]}"; done
    for ((b = 1; b < builds; b++)); do
        ratio() { awk -v n="$1" -v d="$2" 'BEGIN { printf "%.4f", (d > 0 ? n / d : 1) }'; }
        printf ' %9.3f' "$(ratio "${medians[$b]}" "${medians[0]}")"
        echo "$b median $(ratio "${medians[$b]}" "${medians[0]}")" >> "$logs/ratios"
        echo "$b cold $(ratio "${cold[$b]}" "${cold[0]}")" >> "$logs/ratios"
        echo "$b repeated $(ratio "${repeated[$b]}" "${repeated[0]}")" >> "$logs/ratios"
    done
    echo
    unset cold times repeated sizes
done
for ((b = 1; b < builds; b++)); do
    for kind in cold median repeated; do
        awk -v b="$b" -v kind="$kind" -v label="${labels[$b]}" -v base="${labels[0]}" \
            '$1 == b && $2 == kind { s += log($3); n++ }
            END { printf "geometric mean of the %s ratios %s / %s over %d queries: %.3f\n", kind, label, base, n,
                exp(s / n) }' "$logs/ratios"
    done
done
