-- SPDX-License-Identifier: MIT
-- The ceiling: GET of a fixed path with the same Authorization header as the API calls.
dofile(os.getenv("HSS_BENCH_LUA") .. "/common.lua")

local request_text

function init(args)
    request_text = wrk.format("GET", "/api/tickets/ceiling", bench.headers())
end

function request()
    return request_text
end
