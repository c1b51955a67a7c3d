-- SPDX-License-Identifier: MIT
-- Fills the server before the measurements: POST /api/tickets like post-ticket.lua, and writes the id of every
-- created ticket (from the Location header) to HSS_BENCH_IDS_PREFIX.<thread>. run-api-bench.sh counts the lines and
-- stops wrk (SIGINT) once enough tickets exist.
dofile(os.getenv("HSS_BENCH_LUA") .. "/post-ticket.lua")

local out

function response(status, response_headers, body)
    if status ~= 201 then
        return
    end
    local location = response_headers["Location"] or ""
    local id = location:match("/api/tickets/([%w%-]+)$")
    if id then
        if not out then
            out = assert(io.open(os.getenv("HSS_BENCH_IDS_PREFIX") .. "." .. (thread_index or 0), "w"))
            out:setvbuf("line")
        end
        out:write(id, "\n")
    end
end
