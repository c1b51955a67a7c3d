-- SPDX-License-Identifier: MIT
-- Shared by the wrk scripts of run-api-bench.sh: the bearer token and one machine-readable result line.
-- Environment: HSS_BENCH_TOKEN (access token; may be empty for the ceiling).

bench = {}

bench.token = os.getenv("HSS_BENCH_TOKEN") or ""

-- Headers of an authenticated API call (the ceiling gets the same, so both sides parse the same request size).
function bench.headers(extra)
    local headers = {}
    if bench.token ~= "" then
        headers["Authorization"] = "Bearer " .. bench.token
    end
    for key, value in pairs(extra or {}) do
        headers[key] = value
    end
    return headers
end

-- setup() runs once per wrk thread in the main Lua state: number the threads so each one can seed its own
-- random generator and, in fill.lua, write its own file.
local threads = {}
function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_index", #threads)
end

-- Read by run-api-bench.sh. rps counts every response, ok_rps only successful ones (wrk counts status >= 400 as
-- "status" errors). Latencies in microseconds, over every response (failed ones too); wrk's timeout counter
-- covers requests slower than --timeout, which the latency histogram leaves out.
function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local succeeded = summary.requests - summary.errors.status
    io.write(string.format(
        "HSSBENCH requests=%d seconds=%.3f rps=%.1f ok_rps=%.1f p50_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
        summary.requests, seconds, summary.requests / seconds, succeeded / seconds, latency:percentile(50),
        latency:percentile(99),
        latency.max, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
        summary.errors.timeout))
end
