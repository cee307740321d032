-- wrk script: 80% list reads, 10% detail reads, 10% editor writes (new draft strikes).
-- Counts answers by class per thread and prints totals for run-mixed-load.sh to check.
local token = os.getenv("LOAD_TOKEN")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  created, rejected, server_errors, reads = 0, 0, 0, 0
end

function request()
  counter = counter + 1
  local pick = counter % 10
  if pick == 0 then
    local body = string.format(
      '{"date":"2024-03-%02d","datePrecision":"Day","locationPrecision":"Oblast","oblast":"Sumy",' ..
      '"originStatus":"Suspected","missileType":"kn-24","summary":"Load run strike %d-%d written under mixed load."}',
      (counter % 28) + 1, id, counter)
    return wrk.format("POST", "/api/v1/strikes",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
  elseif pick == 1 then
    return wrk.format("GET", "/api/v1/strikes/3")
  else
    return wrk.format("GET", "/api/v1/strikes?oblast=Kharkiv,Sumy&pageSize=25&sort=-date")
  end
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then
    rejected = rejected + 1
    if rejected == 1 then io.stderr:write("first rejection: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
  else reads = reads + 1 end
end

function done(summary, latency, requests)
  local c, r, e, ok = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); r = r + t:get("rejected"); e = e + t:get("server_errors"); ok = ok + t:get("reads")
  end
  io.write(string.format("LOAD created=%d rejected=%d server_errors=%d reads=%d requests=%d p50_ms=%.1f p99_ms=%.1f\n",
    c, r, e, ok, summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
