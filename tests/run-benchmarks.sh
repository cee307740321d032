#!/usr/bin/env bash
# One command for the load benchmarks (docs/performance.md):
#   bash tests/run-benchmarks.sh                 # 10k, 100k and 1M strikes
#   SIZES="10000 100000" DURATION=10s bash tests/run-benchmarks.sh
# Generates the databases (cached in $BENCH_DIR), starts the app (Release) and the raw baseline
# (tests/MissileTracker.Benchmarks) on 127.0.0.1, runs `hey` against each scenario for $DURATION,
# measures the full CSV/GeoJSON exports (rows/s, peak RSS from /proc/<pid>/status VmHWM) and
# prints a markdown table. Needs Debian's `hey` and `curl` (installed if missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000 1000000"}
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-120}
DURATION=${DURATION:-10s}
CONCURRENCY=${CONCURRENCY:-8}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/missiletracker-bench}
APP_PORT=${APP_PORT:-57801}
BASE_PORT=${BASE_PORT:-57802}
mkdir -p "$BENCH_DIR"

if ! command -v hey >/dev/null 2>&1 || ! command -v curl >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey curl >/dev/null
fi

dotnet build src/MissileTracker.Web -c Release -v quiet -nologo >/dev/null
dotnet build tests/MissileTracker.Benchmarks -c Release -v quiet -nologo >/dev/null
APP_DLL=$PWD/src/MissileTracker.Web/bin/Release/net10.0/MissileTracker.Web.dll
BASE_DLL=$PWD/tests/MissileTracker.Benchmarks/bin/Release/net10.0/MissileTracker.Benchmarks.dll

pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

app_args() { # $1 = database file
  echo "--urls http://127.0.0.1:$APP_PORT --environment Production --ConnectionStrings:Tracker=Filename=$1 --Database:SeedReferenceData=false --RateLimiting:PublicPermitPerMinute=100000000 --RateLimiting:EditorPermitPerMinute=100000000 --Logging:LogLevel:Default=Warning"
}

wait_for() { # $1 = url
  for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; kill -0 "$2" 2>/dev/null || break; sleep 1; done
  echo "timed out waiting for $1" >&2; return 1
}

# hey prints "Requests/sec:", "50%% in X secs" and "99%% in X secs"; print "rps p50ms p99ms non2xx".
load() { # $1 = url
  local out; out=$(hey -z "$DURATION" -c "$CONCURRENCY" "$1")
  local rps p50 p99 bad
  rps=$(echo "$out" | awk '/Requests\/sec:/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '/ 50%+ in/ {printf "%.1f", $3*1000}')
  p99=$(echo "$out" | awk '/ 99%+ in/ {printf "%.1f", $3*1000}')
  bad=$(echo "$out" | awk '/^\s*\[[0-9]+\]/ {gsub(/[\[\]]/,"",$1); if ($1 !~ /^2/) n+=$2} END {print n+0}')
  echo "$rps $p50 $p99 $bad"
}

rows=()
for size in $SIZES; do
  # Named after the generator's source, so a changed generator never reuses an old database.
  db="$BENCH_DIR/strikes-$size-seed42-$(cat src/MissileTracker.Web/Commands/Generation/*.cs | sha1sum | cut -c1-8).db"
  if [ ! -f "$db" ]; then
    echo "generating $size strikes into $db" >&2
    rm -f "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
    (cd src/MissileTracker.Web && dotnet "$APP_DLL" generate --strikes "$size" --seed 42 $(app_args "$db.tmp") >&2)
    mv "$db.tmp" "$db"; rm -f "$db.tmp-wal" "$db.tmp-shm"
  fi

  # The app migrates the file at start (so a cached database gets new indexes), then serves.
  (cd src/MissileTracker.Web && exec dotnet "$APP_DLL" $(app_args "$db")) >"$BENCH_DIR/app-$size.log" 2>&1 &
  app_pid=$!; pids+=("$app_pid")
  dotnet "$BASE_DLL" --db "$db" --urls "http://127.0.0.1:$BASE_PORT" --Logging:LogLevel:Default=Warning >"$BENCH_DIR/baseline-$size.log" 2>&1 &
  base_pid=$!; pids+=("$base_pid")
  wait_for "http://127.0.0.1:$APP_PORT/health/ready" "$app_pid"
  wait_for "http://127.0.0.1:$BASE_PORT/baseline/strikes?pageSize=1" "$base_pid"
  A="http://127.0.0.1:$APP_PORT"; B="http://127.0.0.1:$BASE_PORT"

  # A strike in the middle of the Kharkiv list: its id for the detail, its position for the deep page.
  middle=$((size * 3 / 10 / 2))
  mid=$(curl -sf "$B/baseline/strikes?oblast=Kharkiv&pageSize=1&page=$middle")
  mid_id=$(echo "$mid" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  mid_date=$(echo "$mid" | grep -o '"date":"[0-9-]*"' | head -1 | cut -d'"' -f4)
  cursor=$(printf '{"s":"-date","k":"%s","i":%s}' "$mid_date" "$mid_id" | base64 -w0 | tr '+/' '-_' | tr -d '=')

  scenario() { # name app-url baseline-url
    read -r rps p50 p99 bad < <(load "$2")
    if [ -n "${3:-}" ]; then
      read -r brps bp50 bp99 bbad < <(load "$3")
      ratio=$(awk -v a="$rps" -v b="$brps" 'BEGIN {printf "%.2fx", (b > 0 ? a / b : 0)}')
      rows+=("| $size | $1 | $rps req/s | p50 $p50 ms | p99 $p99 ms | non-2xx $bad | baseline $brps req/s, p99 $bp99 ms | $ratio |")
    else
      rows+=("| $size | $1 | $rps req/s | p50 $p50 ms | p99 $p99 ms | non-2xx $bad | (no baseline) | |")
    fi
  }
  scenario "list ?oblast=Kharkiv&pageSize=20" "$A/api/v1/strikes?oblast=Kharkiv&pageSize=20" "$B/baseline/strikes?oblast=Kharkiv&pageSize=20"
  scenario "deep page (cursor, middle)" "$A/api/v1/strikes?oblast=Kharkiv&pageSize=20&cursor=$cursor" "$B/baseline/strikes?oblast=Kharkiv&pageSize=20&afterDate=$mid_date&afterId=$mid_id"
  scenario "GET /api/v1/strikes/{id}" "$A/api/v1/strikes/$mid_id" "$B/baseline/strikes/$mid_id"
  scenario "timeline page /" "$A/"
  scenario "GET /api/v1/stats" "$A/api/v1/stats"

  # Exports last (bounded by EXPORT_TIMEOUT), each in a freshly started app so that its peak RSS
  # (VmHWM) is the export's, not the load runs'. Each runs twice; the second (warm) run is reported.
  export_run() { # url -> "seconds bytes"
    curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total} %{size_download}\n" "$1"
  }
  for kind in csv geojson; do
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
    (cd src/MissileTracker.Web && exec dotnet "$APP_DLL" $(app_args "$db")) >>"$BENCH_DIR/app-$size.log" 2>&1 &
    app_pid=$!; pids+=("$app_pid")
    wait_for "http://127.0.0.1:$APP_PORT/health/ready" "$app_pid"
    export_run "$A/api/v1/strikes.$kind" >/dev/null
    read -r secs bytes < <(export_run "$A/api/v1/strikes.$kind")
    hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status")
    rps=$(awk -v n="$size" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
    if [ "$bytes" -eq 0 ] || awk -v s="$secs" -v m="$EXPORT_TIMEOUT" 'BEGIN {exit !(s >= m)}'; then rps="did not finish in $EXPORT_TIMEOUT s:"; fi
    baseline=""; ratio=""
    if [ "$kind" = csv ]; then
      export_run "$B/baseline/strikes.csv" >/dev/null
      read -r bsecs _ < <(export_run "$B/baseline/strikes.csv")
      brps=$(awk -v n="$size" -v s="$bsecs" 'BEGIN {printf "%.0f", n/s}')
      baseline="baseline $brps rows/s"; ratio=$(awk -v a="$rps" -v b="$brps" 'BEGIN {printf "%.2fx", (b > 0 ? a / b : 0)}')
    fi
    rows+=("| $size | export $kind (all strikes) | $rps rows/s | $(awk -v s="$secs" 'BEGIN {printf "%.1f s", s}') | $((bytes / 1048576)) MB body | peak RSS $hwm MB | $baseline | $ratio |")
  done

  kill "$app_pid" "$base_pid"; wait "$app_pid" "$base_pid" 2>/dev/null || true
done

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); hey -z $DURATION -c $CONCURRENCY"
echo
echo "| strikes | scenario | throughput | median | p99 | errors | baseline | ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
