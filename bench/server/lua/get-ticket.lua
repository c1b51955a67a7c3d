-- SPDX-License-Identifier: MIT
-- GET /api/tickets/:id over the ids in HSS_BENCH_IDS (one per line). Each wrk thread starts at its own random
-- position and walks the list, so consecutive requests read different tickets.
dofile(os.getenv("HSS_BENCH_LUA") .. "/common.lua")

local ids = {}
local position = 0
local headers

function init(args)
    for line in io.lines(os.getenv("HSS_BENCH_IDS")) do
        if line ~= "" then
            ids[#ids + 1] = line
        end
    end
    if #ids == 0 then
        error("no ticket ids in " .. os.getenv("HSS_BENCH_IDS"))
    end
    math.randomseed(os.time() * 100 + (thread_index or 0))
    position = math.random(#ids)
    headers = bench.headers()
end

function request()
    position = position % #ids + 1
    return wrk.format("GET", "/api/tickets/" .. ids[position], headers)
end
