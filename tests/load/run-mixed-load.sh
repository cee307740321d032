#!/usr/bin/env bash
# Mixed load run: reads and editor writes against the app in Release on 127.0.0.1, bounded in
# time. Passes only with zero 5xx answers and zero lost writes (every 201 is in the database).
# Usage: bash tests/load/run-mixed-load.sh [seconds=20] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-16}
port=5099
work=$(mktemp -d)
db="$work/load.db"
project=src/MissileTracker.Web
for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk sqlite3)" >&2; exit 1; }
done

dotnet build "$project" -c Release -v quiet -nologo >/dev/null
run() { dotnet run --project "$project" -c Release --no-build -- "$@" --ConnectionStrings:Tracker="Data Source=$db"; }
MISSILETRACKER_ADMIN_PASSWORD="load run passphrase $RANDOM$RANDOM" run create-admin --email load@example.org --roles editor >/dev/null
export LOAD_TOKEN=$(run create-token --email load@example.org --name "load run" | grep "^mt_")
[ -n "$LOAD_TOKEN" ] || { echo "could not create the load-run token" >&2; exit 1; }

if curl -s "http://127.0.0.1:$port/" >/dev/null; then
  echo "port $port is in use" >&2; exit 1
fi
# The built app itself (not `dotnet run`), so $! is the server's own pid and the trap stops it.
ASPNETCORE_ENVIRONMENT=Production dotnet "$project/bin/Release/net10.0/MissileTracker.Web.dll" --contentRoot "$PWD/$project" \
  --urls "http://127.0.0.1:$port" --ConnectionStrings:Tracker="Data Source=$db" \
  --RateLimiting:PublicPermitPerMinute=100000000 --RateLimiting:EditorPermitPerMinute=100000000 \
  --Logging:LogLevel:Default=Warning >"$work/app.log" 2>&1 &
app=$!
stop() { status=$?; kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; rm -rf "$work"; exit "$status"; }
trap stop EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done

result=$(wrk -t2 -c"$connections" -d"${seconds}s" -s tests/load/mixed.lua "http://127.0.0.1:$port" | tee /dev/stderr | grep '^LOAD ')
created=$(sed -n 's/.*created=\([0-9]*\).*/\1/p' <<<"$result")
errors=$(sed -n 's/.*server_errors=\([0-9]*\).*/\1/p' <<<"$result")
stored=$(sqlite3 "$db" "SELECT COUNT(*) FROM Strikes WHERE Summary LIKE 'Load run strike %';")
# wrk stops counting at the deadline, so writes still in flight may be stored without being
# counted: a write is lost only when fewer are stored than were acknowledged with 201.
lost=$(( created > stored ? created - stored : 0 ))
echo "writes acknowledged: $created, stored: $stored, lost: $lost, 5xx answers: $errors"
[ "$errors" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$created" -gt 0 ]
