-- SPDX-License-Identifier: MIT
-- POST /api/tickets: a new ticket per request, cycling through priorities, categories and channels.
dofile(os.getenv("HSS_BENCH_LUA") .. "/common.lua")

local priorities = {"emergency", "critical", "high", "medium", "low"}
local categories = {"technical", "medical_clinical", "compliance_security", "training_onboarding", "integration"}
local channels = {"email", "phone", "chat", "web"}
local teams = {"tier1", "medical", "compliance"}
local counter = 0
local headers

function init(args)
    headers = bench.headers({["Content-Type"] = "application/json"})
end

function ticket_body(n)
    return string.format(
        '{"title":"Benchmark ticket %d: imaging model times out on ward %d",'
            .. '"description":"Requests to the inference service time out after 30 s since the %d update; '
            .. 'two agents on the ward see an empty dashboard and the retry button does nothing.",'
            .. '"priority":"%s","category":"%s","channel":"%s","requester_name":"Dr. Bench Requester %d",'
            .. '"requester_email":"requester%d@hospital.example","team":"%s"}',
        n, n % 12 + 1, n % 7 + 1, priorities[n % #priorities + 1], categories[n % #categories + 1],
        channels[n % #channels + 1], n % 97, n % 97, teams[n % #teams + 1])
end

function request()
    counter = counter + 1
    return wrk.format("POST", "/api/tickets", headers, ticket_body((thread_index or 0) * 10000000 + counter))
end
