#!/usr/bin/env bash
# One command for the load benchmarks (docs/performance.md):
#   bash tests/run-benchmarks.sh                     # 100k and 1M strikes
#   SHORT=1 bash tests/run-benchmarks.sh             # short mode: 100k, 5 s per load run (under 10 minutes)
#   SIZES="10000 100000" DURATION=10s bash tests/run-benchmarks.sh
#   PROVIDER=postgres PGPORT=55433 SHORT=1 bash tests/run-benchmarks.sh   # the same on PostgreSQL (docs/operations.md)
# Generates the databases (cached in $BENCH_DIR), starts the app (Release) and the raw baseline
# (tests/MissileTracker.Benchmarks) on 127.0.0.1 and drives both with the same request mixes through the
# load generator in the Benchmarks project (LoadDriver.cs): N connections, each cycling through a list of URLs.
# The target runs are uncached: the app starts with Caching:Results=false (no output cache, no aggregate cache)
# and the baseline counts the matches as the app then must. A second app run with the caches on is reported
# beside. Every measured run follows a warm-up with its mix (WARMUP seconds, 5 by default); latency targets (p99) are
# judged at one connection, throughput ratios at CONCURRENCY connections. Then the full CSV/GeoJSON exports (rows/s, bytes, RSS added to the idle process) and a filtered
# export against the raw writer (the median of three downloads each, after a warm-up of three). Prints a markdown table and exits with 1 when a target of issue 18 is missed.
# PROVIDER=postgres (default sqlite) runs the same on PostgreSQL: the server named by PGHOST, PGPORT, PGUSER (and
# PGPASSWORD, if it needs one; psql must be installed), into which each generated SQLite database is copied once with the
# app's copy-to-postgres (as database strikes_<size>_seed42_<generator>, reused while it holds the strikes); the app runs
# on it and the baseline reads it with raw Npgsql. The targets are judged alike, but issue 18 sets them for SQLite: on
# PostgreSQL the ratios to the raw Npgsql baseline are reported, and a miss there is news, not a regression.
set -euo pipefail
trap 'echo "run-benchmarks.sh: failed at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
if [ -n "${SHORT:-}" ]; then SIZES=${SIZES:-100000}; DURATION=${DURATION:-5s}; fi
SIZES=${SIZES:-"100000 1000000"}
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-300}
DURATION=${DURATION:-10s}
CONCURRENCY=${CONCURRENCY:-8}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/missiletracker-bench}
APP_PORT=${APP_PORT:-57801}
BASE_PORT=${BASE_PORT:-57802}
PROVIDER=${PROVIDER:-sqlite}
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd) # absolute: the app runs from src/MissileTracker.Web
case "$PROVIDER" in
  sqlite) ;;
  postgres)
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
    command -v psql >/dev/null 2>&1 || { echo "PROVIDER=postgres needs psql (Debian: apt-get install postgresql-client)" >&2; exit 2; }
    pg_version=$(psql -d postgres -tAc "SHOW server_version") || { echo "no PostgreSQL server at $PGHOST:$PGPORT for user $PGUSER" >&2; exit 2; }
    pg_settings=$(psql -d postgres -tAc "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('jit', 'shared_buffers', 'fsync')")
    ;;
  *) echo "PROVIDER must be sqlite or postgres, not '$PROVIDER'" >&2; exit 2 ;;
esac

if ! command -v curl >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null
fi

if [ -z "${NO_BUILD:-}" ]; then # NO_BUILD=1: use the Release builds already there
  dotnet build src/MissileTracker.Web -c Release -v quiet -nologo >/dev/null
  dotnet build tests/MissileTracker.Benchmarks -c Release -v quiet -nologo >/dev/null
fi
# APP_DLL=...: another build of the app (e.g. the commit before a change, built elsewhere) against the same baseline, for a before/after.
APP_DLL=${APP_DLL:-$PWD/src/MissileTracker.Web/bin/Release/net10.0/MissileTracker.Web.dll}
BASE_DLL=$PWD/tests/MissileTracker.Benchmarks/bin/Release/net10.0/MissileTracker.Benchmarks.dll
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# The Npgsql connection string of PostgreSQL database $1.
pg_connection() { echo "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER${PGPASSWORD:+;Password=$PGPASSWORD};Database=$1"; }

app_args() { # $1 = the database's options: --ConnectionStrings:Tracker=… (and --Database:Provider=Postgres)
  echo "--urls http://127.0.0.1:$APP_PORT --environment Production $1 --Database:SeedReferenceData=false --RateLimiting:PublicPermitPerMinute=100000000 --RateLimiting:EditorPermitPerMinute=100000000 --Logging:LogLevel:Default=Warning --Exports:Directory=$BENCH_DIR/exports"
}

wait_for() { # $1 = url, $2 = pid
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$1" && return 0; kill -0 "$2" 2>/dev/null || break; sleep 1; done
  echo "timed out waiting for $1" >&2; return 1
}

app_pid=""
start_app() { # $1 = the database's options (app_args), $2 = extra arguments
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  (cd src/MissileTracker.Web && exec dotnet "$APP_DLL" $(app_args "$1") $2) >>"$BENCH_DIR/app.log" 2>&1 &
  app_pid=$!; pids+=("$app_pid")
  wait_for "http://127.0.0.1:$APP_PORT/health/ready" "$app_pid"
}

rss_mb() { awk -v k="$2" '$1 == k":" {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# "rps p50 p99 non2xx bytes" for the URLs in file $1 (one a line); $2... extra load-driver options (a later --connections wins).
# Each measured run follows a warm-up with the same mix: both servers are measured in steady state, after the JIT's tiered
# recompilation of their hot paths has settled (the app has far more code to recompile than the baseline; measured cold, a
# tenth of its CPU time in a 5 s run was the JIT's).
WARMUP=${WARMUP:-5}
load() {
  local f=$1; shift
  dotnet "$BASE_DLL" load --urls "$f" --connections "$CONCURRENCY" --seconds "$WARMUP" "$@" >/dev/null 2>&1 || true
  dotnet "$BASE_DLL" load --urls "$f" --connections "$CONCURRENCY" --seconds "${DURATION%s}" "$@" || echo "0 0 0 failed 0"
}

rows=(); missed=()
row() { rows+=("$1"); echo "$1" >&2; } # also as it comes, so a long run shows progress
target() { # description, condition (awk expression on a b), a, b
  if ! awk -v a="$3" -v b="${4:-0}" "BEGIN {exit !($2)}"; then missed+=("$1 (measured: $3${4:+ / $4})"); fi
}

for size in $SIZES; do
  # Named after the generator's source, so a changed generator never reuses an old database.
  db="$BENCH_DIR/strikes-$size-seed42-$(cat src/MissileTracker.Web/Commands/Generation/*.cs | sha1sum | cut -c1-8).db"
  if [ ! -f "$db" ]; then
    echo "generating $size strikes into $db" >&2
    rm -f "$db.tmp" "$db.tmp-wal" "$db.tmp-shm"
    (cd src/MissileTracker.Web && dotnet "$APP_DLL" generate --strikes "$size" --seed 42 $(app_args "--ConnectionStrings:Tracker=Filename=$db.tmp") >&2)
    mv "$db.tmp" "$db"; rm -f "$db.tmp-wal" "$db.tmp-shm"
  fi
  rm -rf "$BENCH_DIR/exports"
  target_db="--ConnectionStrings:Tracker=Filename=$db"; base_db=(--db "$db"); log="$BENCH_DIR/baseline-$size.log"
  if [ "$PROVIDER" = postgres ]; then
    # The copy is one transaction, so a database whose Strikes hold rows holds the whole copy: reused, as the file is.
    pgdb=$(basename "$db" .db | tr -- '-' '_')
    if [ "$(psql -d "$pgdb" -tAc 'SELECT EXISTS (SELECT 1 FROM "Strikes")' 2>/dev/null)" != t ]; then
      # copy-to-postgres wants the file at this build's migrations; the app migrates the file it starts on.
      start_app "$target_db" ""; kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
      echo "copying $db into PostgreSQL database $pgdb at $PGHOST:$PGPORT" >&2
      (cd src/MissileTracker.Web && dotnet "$APP_DLL" copy-to-postgres --from "$db" --to "$(pg_connection "$pgdb")" >&2)
    fi
    target_db="--Database:Provider=Postgres --ConnectionStrings:Tracker=$(pg_connection "$pgdb")"
    base_db=(--provider postgres --connection "$(pg_connection "$pgdb")"); log="$BENCH_DIR/baseline-postgres-$size.log"
  fi

  dotnet "$BASE_DLL" "${base_db[@]}" --urls "http://127.0.0.1:$BASE_PORT" --Logging:LogLevel:Default=Warning >"$log" 2>&1 &
  base_pid=$!; pids+=("$base_pid")
  wait_for "http://127.0.0.1:$BASE_PORT/baseline/strikes?pageSize=1" "$base_pid"
  A="http://127.0.0.1:$APP_PORT"; B="http://127.0.0.1:$BASE_PORT"

  # The request mixes: 12 oblasts x (no more, each year, one missile type) = 60 distinct filter combinations.
  mix="$BENCH_DIR/mix-$size"; mkdir -p "$mix"; : >"$mix/list-app"; : >"$mix/list-base"
  for oblast in Kharkiv KyivCity Kyiv Zaporizhzhia Donetsk Dnipropetrovsk Sumy Odesa Mykolaiv Kherson Lviv Poltava; do
    for extra in "" "&from=2024-01-01&to=2024-12-31" "&from=2025-01-01&to=2025-12-31" "&from=2026-01-01&to=2026-12-31" "&type=kn-24"; do
      echo "$A/api/v1/strikes?oblast=$oblast&pageSize=20$extra" >>"$mix/list-app"
      echo "$B/baseline/strikes?oblast=$oblast&pageSize=20$extra&count=true" >>"$mix/list-base"
    done
  done
  # A strike in the middle of the Kharkiv list: its position for the deep page; 64 strikes around it for the detail mix.
  middle=$((size * 3 / 10 / 2))
  mid=$(curl -sf "$B/baseline/strikes?oblast=Kharkiv&pageSize=1&page=$middle")
  mid_id=$(echo "$mid" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  mid_date=$(echo "$mid" | grep -o '"date":"[0-9-]*"' | head -1 | cut -d'"' -f4)
  cursor=$(printf '{"s":"-date","k":"%s","i":%s}' "$mid_date" "$mid_id" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  echo "$A/api/v1/strikes?oblast=Kharkiv&pageSize=20" >"$mix/single-app"
  echo "$B/baseline/strikes?oblast=Kharkiv&pageSize=20&count=true" >"$mix/single-base"
  echo "$A/api/v1/strikes?oblast=Kharkiv&pageSize=20&cursor=$cursor" >"$mix/deep-app"
  echo "$B/baseline/strikes?oblast=Kharkiv&pageSize=20&afterDate=$mid_date&afterId=$mid_id&count=true" >"$mix/deep-base"
  curl -sf "$B/baseline/strikes?oblast=Kharkiv&pageSize=64&page=$((middle / 64))" | grep -o '"id":[0-9]*' | cut -d: -f2 | head -64 >"$mix/ids"
  sed "s|^|$A/api/v1/strikes/|" "$mix/ids" >"$mix/detail-app"; sed "s|^|$B/baseline/strikes/|" "$mix/ids" >"$mix/detail-base"
  echo "$A/" >"$mix/timeline"; echo "$A/api/v1/stats" >"$mix/stats"

  # Throughput and its ratio at $CONCURRENCY connections (the servers saturated); latency (p50, p99) also at one connection,
  # where it is the server's own time for a request and not the queue's: at 8 connections on 2 cores even the raw baseline's
  # detail p99 is over 10 ms (15.5 ms on a quiet machine), so the p99 targets are judged at one connection.
  compare() { # name app-mix baseline-mix ratio-target p99-target
    read -r rps p50 p99 bad bytes < <(load "$mix/$2")
    read -r brps bp50 bp99 bbad _ < <(load "$mix/$3")
    read -r _ lp50 lp99 _ _ < <(load "$mix/$2" --connections 1)
    read -r _ blp50 blp99 _ _ < <(load "$mix/$3" --connections 1)
    ratio=$(awk -v a="$rps" -v b="$brps" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    row "| $size | $1 | uncached | $rps req/s | $p50 ms | $p99 ms | $bad | $brps req/s, p99 $bp99 ms | ${ratio}x |"
    row "| $size | $1, one connection | uncached | | $lp50 ms | $lp99 ms | | p50 $blp50 ms, p99 $blp99 ms | |"
    [ -n "${4:-}" ] && target "$size $1: ratio >= $4" "a >= $4" "$ratio"
    [ -n "${5:-}" ] && target "$size $1: p99 < $5 ms at one connection" "a < $5" "$lp99"
    true
  }
  alone() { # name mix caching p99-target [load options]
    local name=$1 f=$2 caching=$3 p99t=${4:-}; shift 4 || shift $#
    read -r rps p50 p99 bad bytes < <(load "$mix/$f" "$@")
    row "| $size | $name | $caching | $rps req/s | $p50 ms | $p99 ms | $bad | | |"
    if [ -n "$p99t" ]; then
      read -r _ lp50 lp99 _ _ < <(load "$mix/$f" "$@" --connections 1)
      row "| $size | $name, one connection | $caching | | $lp50 ms | $lp99 ms | | | |"
      target "$size $name ($caching): p99 < $p99t ms at one connection" "a < $p99t" "$lp99"
    fi
    true
  }

  # 1. Uncached: the targets. Both servers first serve every mix for a while: the app's tiered JIT recompiles its hot
  # paths (EF Core's among them) for about half a minute after start, which showed as 13% of its CPU time in the
  # profile of a list run 20 s after start; a server in use runs for days.
  start_app "$target_db" "--Caching:Results=false"
  sleep 2; idle_uncached=$(rss_mb "$app_pid" VmRSS)
  for m in list-app single-app deep-app detail-app list-base single-base deep-base detail-base; do
    dotnet "$BASE_DLL" load --urls "$mix/$m" --connections "$CONCURRENCY" --seconds "${SETTLE:-8}" >/dev/null 2>&1 || true
  done
  compare "list, 60-filter mix" list-app list-base 0.8 15
  compare "list ?oblast=Kharkiv&pageSize=20" single-app single-base 0.8 15
  compare "deep page (cursor, middle)" deep-app deep-base
  compare "GET /api/v1/strikes/{id}, 64 ids" detail-app detail-base 0.8 10
  if [ "$size" -ge 1000000 ]; then alone "timeline page /" timeline uncached 25; else alone "timeline page /" timeline uncached ""; fi

  # 2. The same with the caches on (what production serves), statistics, and bytes on the wire with Brotli.
  start_app "$target_db" ""
  sleep 2; idle=$(rss_mb "$app_pid" VmRSS)
  alone "list, 60-filter mix" list-app cached ""
  alone "GET /api/v1/strikes/{id}, 64 ids" detail-app cached ""
  alone "timeline page /" timeline cached ""
  alone "GET /api/v1/stats" stats cached ""
  read -r _ _ _ _ plain < <(load "$mix/list-app" --seconds 1)
  read -r _ _ _ _ br < <(load "$mix/list-app" --seconds 1 --header "Accept-Encoding: br")
  read -r _ _ _ _ tplain < <(load "$mix/timeline" --seconds 1)
  read -r _ _ _ _ tbr < <(load "$mix/timeline" --seconds 1 --header "Accept-Encoding: br")
  row "| $size | bytes per response, list / timeline | identity vs br | $plain / $tplain B | $br / $tbr B | | | | |"
  row "| $size | idle RSS after start | cached / uncached | $idle MB / $idle_uncached MB | | | | | |"

  # 3. Exports in a fresh app: the first request streams live and has the file rendered in the background; once the
  # file is there (Accept-Ranges on the answer) the peak RSS is reset and the download measured from the idle RSS.
  start_app "$target_db" ""
  sleep 2; idle=$(rss_mb "$app_pid" VmRSS)
  for kind in csv geojson; do
    live=$(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total} %{size_download}" "$A/api/v1/strikes.$kind" || true)
    for _ in $(seq 1 "$EXPORT_TIMEOUT"); do
      # HEAD runs the endpoint as GET does: while no file is ready that is a whole live export, so stop after 3 s.
      curl -sfI -m 3 "$A/api/v1/strikes.$kind" 2>/dev/null | grep -i '^accept-ranges: bytes' >/dev/null && break; sleep 2
    done
    build_peak=$(rss_mb "$app_pid" VmHWM)
    before=$(rss_mb "$app_pid" VmRSS)
    echo 5 >"/proc/$app_pid/clear_refs" 2>/dev/null || true
    read -r secs bytes < <(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total} %{size_download}\n" "$A/api/v1/strikes.$kind" || true)
    read -r gzsecs gzbytes < <(curl -s -m "$EXPORT_TIMEOUT" -H "Accept-Encoding: gzip" -o /dev/null -w "%{time_total} %{size_download}\n" "$A/api/v1/strikes.$kind" || true)
    peak=$(rss_mb "$app_pid" VmHWM)
    rps=$(awk -v n="$size" -v s="$secs" 'BEGIN {printf "%.0f", n/s}')
    read -r lsecs lbytes <<<"$live"
    lrps=$(awk -v n="$size" -v s="$lsecs" 'BEGIN {printf "%.0f", n/s}')
    added=$((peak - idle))
    row "| $size | export $kind, full, from the file | | $rps rows/s | $(awk -v s="$secs" 'BEGIN {printf "%.2f s", s}') | $((bytes / 1048576)) MB (gzip $((gzbytes / 1048576)) MB, $(awk -v s="$gzsecs" 'BEGIN {printf "%.2f s", s}')) | | RSS idle $idle MB, after build $before MB, peak while serving $peak MB (+$added MB); build peak $build_peak MB | |"
    row "| $size | export $kind, full, first request (live stream) | | $lrps rows/s | $(awk -v s="$lsecs" 'BEGIN {printf "%.1f s", s}') | $((lbytes / 1048576)) MB | | | |"
    target "$size export $kind: >= 200000 rows/s" "a >= 200000" "$rps"
    target "$size export $kind: serving adds < 50 MB to idle RSS" "a < 50" "$added"
  done
  # A filtered export is streamed; compared with the raw single-query writer for the same filter: the median of three
  # downloads of each, taken in turns (one download each varied by a third between runs), after three of each as a
  # warm-up, as every other run here: the app's first downloads compile its export path (2.4 and 1.8 s against 0.9 s
  # warm at 100k), so unwarmed the ratio measured the JIT. The first download of each is printed beside.
  median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
  cold=$(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total}" "$A/api/v1/strikes.csv?oblast=Kharkiv" || true)
  bcold=$(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total}" "$B/baseline/strikes.csv?oblast=Kharkiv" || true)
  for _ in 1 2; do
    curl -s -m "$EXPORT_TIMEOUT" -o /dev/null "$A/api/v1/strikes.csv?oblast=Kharkiv" || true
    curl -s -m "$EXPORT_TIMEOUT" -o /dev/null "$B/baseline/strikes.csv?oblast=Kharkiv" || true
  done
  fs=(); bfs=()
  for _ in 1 2 3; do
    fs+=("$(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total}" "$A/api/v1/strikes.csv?oblast=Kharkiv" || true)")
    bfs+=("$(curl -s -m "$EXPORT_TIMEOUT" -o /dev/null -w "%{time_total}" "$B/baseline/strikes.csv?oblast=Kharkiv" || true)")
  done
  f=$(median3 "${fs[@]}"); bf=$(median3 "${bfs[@]}")
  n=$((size * 3 / 10))
  fr=$(awk -v n="$n" -v s="$f" 'BEGIN {printf "%.0f", n/s}'); bfr=$(awk -v n="$n" -v s="$bf" 'BEGIN {printf "%.0f", n/s}')
  ratio=$(awk -v a="$fr" -v b="$bfr" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
  row "| $size | export csv ?oblast=Kharkiv (streamed) | | ~$fr rows/s | $f s (first $cold s) | | | baseline ~$bfr rows/s, $bf s (first $bcold s) | ${ratio}x |"
  target "$size filtered export: ratio >= 0.8" "a >= 0.8" "$ratio"

  kill "$app_pid" "$base_pid"; wait "$app_pid" "$base_pid" 2>/dev/null || true; app_pid=""
done

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg); $CONCURRENCY connections, $DURATION per run"
if [ "$PROVIDER" = postgres ]; then
  echo; echo "Provider: PostgreSQL $pg_version at $PGHOST:$PGPORT ($pg_settings; shared_buffers in 8 kB pages), app and baseline on the same server; the baseline is raw Npgsql"
fi
echo
echo "| strikes | scenario | caches | throughput | p50 | p99 | non-2xx | baseline | ratio |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
echo
if [ ${#missed[@]} -gt 0 ]; then
  if [ "$PROVIDER" = postgres ]; then
    echo "Targets missed (issue 18's targets are SQLite's; on PostgreSQL they are reported against the raw Npgsql baseline):"
  else
    echo "Targets missed (issue 18):"
  fi
  printf -- '- %s\n' "${missed[@]}"
  exit 1
fi
echo "All targets met."
