#!/usr/bin/env bash
# Bulk import benchmark (docs/performance.md, "Bulk import"): the wall time of a dry run, a real
# import and a repeated import (every row already stored) of N rows, against the app in Release on
# 127.0.0.1 with a fresh SQLite database file. One strike per row, each with its own report.
# Usage: bash tests/load/run-import-benchmark.sh            # 2,000, 20,000 and 100,000 rows, CSV and JSON
#        SIZES="2000" FORMATS="csv" bash tests/load/run-import-benchmark.sh
# Extra app settings go in APP_ARGS (e.g. APP_ARGS="--Http:MaxImportBodyBytes=134217728").
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"2000 20000 100000"}
FORMATS=${FORMATS:-"csv json"}
TIMEOUT=${TIMEOUT:-900}
port=${PORT:-5098}
work=$(mktemp -d)
db="$work/import.db"
project=src/MissileTracker.Web
command -v curl >/dev/null || { echo "needs curl (apt-get install -y curl)" >&2; exit 1; }

dotnet build "$project" -c Release -v quiet -nologo >/dev/null
settings=(--ConnectionStrings:Tracker="Data Source=$db" --Database:SeedReferenceData=false)
run() { dotnet run --project "$project" -c Release --no-build -- "$@" "${settings[@]}"; }
MISSILETRACKER_ADMIN_PASSWORD="import benchmark passphrase $RANDOM$RANDOM" run create-admin --email bench@example.org --roles editor >/dev/null
token=$(run create-token --email bench@example.org --name "import benchmark" | grep "^mt_")
[ -n "$token" ] || { echo "could not create the benchmark token" >&2; exit 1; }

if curl -s "http://127.0.0.1:$port/" >/dev/null; then
  echo "port $port is in use" >&2; exit 1
fi
# shellcheck disable=SC2086 # APP_ARGS is a list of arguments
ASPNETCORE_ENVIRONMENT=Production dotnet "$project/bin/Release/net10.0/MissileTracker.Web.dll" --contentRoot "$PWD/$project" \
  --urls "http://127.0.0.1:$port" "${settings[@]}" --RateLimiting:EditorPermitPerMinute=100000000 \
  --Logging:LogLevel:Default=Warning ${APP_ARGS:-} >"$work/app.log" 2>&1 &
app=$!
stop() { status=$?; kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; rm -rf "$work"; exit "$status"; }
trap stop EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done

# Rows as an editor's spreadsheet would hold them: dates over two years, places over the oblasts,
# a sentence of summary, a report per strike. $1 rows, $2 csv|json, $3 a prefix that keeps runs apart.
rows() {
  awk -v n="$1" -v format="$2" -v run="$3" 'BEGIN {
    split("Kharkiv Kyiv KyivCity Zaporizhzhia Dnipropetrovsk Odesa Sumy Donetsk Mykolaiv Kherson", oblast, " ")
    if (format == "csv") print "date,datePrecision,settlement,oblast,locationPrecision,originStatus,missileType,killed,injured,summary,reportUrl,reportOutlet,reportTitle,reportPublishedOn,reportLanguage"
    else printf "{\"reports\":["
    for (i = 1; i <= n; i++) {
      date = sprintf("%d-%02d-%02d", 2023 + i % 2, 1 + i % 12, 1 + i % 28)
      place = "Settlement " (i % 5000); where = oblast[1 + i % 10]
      summary = "Benchmark strike " i " of run " run ": a ballistic missile hit an industrial area; officials reported damaged buildings and power lines."
      url = "https://example.org/" run "/reports/" i; title = "Missile strike on " place " (" where ")"
      if (format == "csv") printf "%s,Day,%s,%s,Settlement,Suspected,kn-23,%d,%d,\"%s\",%s,Example News,%s,%s,en\n", date, place, where, i % 3, i % 7, summary, url, title, date
      else printf "%s{\"key\":\"r%d\",\"report\":{\"url\":\"%s\",\"outlet\":\"Example News\",\"title\":\"%s\",\"publishedOn\":\"%s\",\"language\":\"en\"}}", (i > 1 ? "," : ""), i, url, title, date
    }
    if (format == "json") {
      printf "],\"strikes\":["
      for (i = 1; i <= n; i++) {
        date = sprintf("%d-%02d-%02d", 2023 + i % 2, 1 + i % 12, 1 + i % 28)
        place = "Settlement " (i % 5000); where = oblast[1 + i % 10]
        summary = "Benchmark strike " i " of run " run ": a ballistic missile hit an industrial area; officials reported damaged buildings and power lines."
        printf "%s{\"strike\":{\"date\":\"%s\",\"datePrecision\":\"Day\",\"settlement\":\"%s\",\"oblast\":\"%s\",\"locationPrecision\":\"Settlement\",\"originStatus\":\"Suspected\",\"missileType\":\"kn-23\",\"killed\":%d,\"injured\":%d,\"summary\":\"%s\"},\"reportKeys\":[\"r%d\"]}", (i > 1 ? "," : ""), date, place, where, i % 3, i % 7, summary, i
      }
      print "]}"
    }
  }'
}

# CPU seconds the app has used so far (user + system), to tell its work from the wait on a busy machine.
cpu() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / tck}' "/proc/$app/stat"; }

# POSTs the file; prints "wall seconds (app CPU seconds)|counts", the counts being the answer's strikes created and skipped.
post() { # $1 file, $2 csv|json, $3 query
  local path=/api/v1/import type=application/json out code secs before
  [ "$2" = csv ] && { path=/api/v1/import/strikes.csv; type=text/csv; }
  before=$(cpu)
  read -r code secs < <(curl -s -m "$TIMEOUT" -o "$work/answer.json" -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $token" \
    -H "Content-Type: $type" --data-binary "@$1" "http://127.0.0.1:$port$path$3")
  [ "$code" = 200 ] || { echo "POST $path$3 answered $code: $(head -c 400 "$work/answer.json")" >&2; exit 1; }
  out=$(sed -e 's/.*"strikesCreated":\([0-9]*\),"strikesAlreadyStored":\([0-9]*\).*"rowsChecked":\([0-9]*\).*/created \1, skipped \2 of \3 rows/' "$work/answer.json")
  printf '%.1f s (CPU %.1f s)|%s\n' "$secs" "$(awk -v a="$before" -v b="$(cpu)" 'BEGIN {print b - a}')" "$out"
}

results=()
for format in $FORMATS; do
  for size in $SIZES; do
    file="$work/rows-$size.$format"
    rows "$size" "$format" "$format$size" >"$file"
    bytes=$(stat -c %s "$file")
    dry=$(post "$file" "$format" "?dryRun=true")
    real=$(post "$file" "$format" "")
    again=$(post "$file" "$format" "")
    hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app/status")
    results+=("| $size | $format | $((bytes / 1024)) KB | ${dry%%|*} | ${real%%|*} | ${again%%|*} | $hwm MB | ${real#*|}; again: ${again#*|} |")
    echo "${results[-1]}" >&2
  done
done

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "Wall time of each request, and in brackets the CPU time the app used for it."
echo
echo "| rows | format | body | dry run | import | import again | app peak RSS | answers |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${results[@]}"
