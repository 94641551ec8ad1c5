-- wrk script for benchmarks/http/run.sh: POSTs the file named by WRK_BODY_FILE when set,
-- and prints one machine-readable line:
-- RESULT <requests> <requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors>
local body_file = os.getenv("WRK_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "text/xml"
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
