#!/usr/bin/env bash
# Times failed staff sign-ins by hand (docs/security.md, "Learning which emails have accounts"):
# 20 unknown emails, 20 wrong passwords of real accounts and 20 sign-ins to a locked account,
# interleaved so the machine's changing load falls on all three alike. Prints min/median/max.
# The tests prove the cause (each failure checks one password hash); this shows the effect.
# Usage: bash tests/load/sign-in-timing.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port=5098
base="http://127.0.0.1:$port"
work=$(mktemp -d)
project=src/MissileTracker.Web
dll="$project/bin/Release/net10.0/MissileTracker.Web.dll"
common=(--environment Development --contentRoot "$PWD/$project" --ConnectionStrings:Tracker="Data Source=$work/timing.db" --Database:SeedReferenceData=false)

if curl -s "$base/" >/dev/null; then
  echo "port $port is in use" >&2; exit 1
fi
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
for i in 1 2 3 4 5 6; do
  MISSILETRACKER_ADMIN_PASSWORD="timing run passphrase $i" dotnet "$dll" create-admin --email "user$i@example.org" --roles editor "${common[@]}" >/dev/null
done
dotnet "$dll" "${common[@]}" --urls "$base" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app; rm -rf "$work"' EXIT
for _ in $(seq 60); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done
curl -fs "$base/health/ready" >/dev/null || { echo "the app did not start; see $work/app.log" >&2; cat "$work/app.log" >&2; exit 1; }

# Milliseconds one sign-in POST takes, with a fresh antiforgery token and cookie.
attempt() {
  local jar="$work/cookies" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login" | awk '{printf "%d\n", $1 * 1000}'
}
stats() { sort -n | awk '{a[NR] = $1} END {printf "min %d, median %d, max %d ms (n=%d)\n", a[1], a[int((NR + 1) / 2)], a[NR], NR}'; }

# Warm up (first hash, JIT) on account 6, which the 5 failures after the first also lock.
for k in 1 2 3 4 5 6; do attempt user6@example.org "wrong password $k" >/dev/null; done
# Accounts 1 to 5 take 4 wrong passwords each, staying below the lockout.
for k in $(seq 20); do
  attempt "nobody$k@example.org" "wrong password $k" >>"$work/unknown"
  attempt "user$(( (k - 1) / 4 + 1 ))@example.org" "wrong password $k" >>"$work/wrong"
  attempt user6@example.org "timing run passphrase 6" >>"$work/locked"
done
echo "unknown email:                   $(stats <"$work/unknown")"
echo "real account, wrong password:    $(stats <"$work/wrong")"
echo "locked account, right password:  $(stats <"$work/locked")"
