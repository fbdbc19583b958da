-- wrk script for bench/load.py: cycles through the requests of a mix file (one per line:
-- METHOD<TAB>path<TAB>Accept<TAB>body, body optional with \n escaped as \\n) and counts statuses.
-- Usage: wrk -s bench/load_mix.lua URL -- MIXFILE
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  requests = {}
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    local method, path, accept, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
    if method then
      local headers = { ["Accept"] = accept }
      if body ~= nil and body ~= "" then
        body = body:gsub("\\n", "\n")
        headers["Content-Type"] = "application/sparql-query"
      else
        body = nil
      end
      table.insert(requests, wrk.format(method, path, headers, body))
    end
  end
  f:close()
  -- each thread starts at a different place in the cycle
  counter = (tonumber(wrk.thread:get("id")) or 0) * 7
  statuses = {}
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for code, n in pairs(s) do
      total[code] = (total[code] or 0) + n
    end
  end
  local parts = {}
  for code, n in pairs(total) do
    table.insert(parts, code .. "=" .. n)
  end
  table.sort(parts)
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
  io.write(string.format("LATENCY_US p50=%d p90=%d p99=%d max=%d\n", latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max))
  io.write(string.format("SUMMARY requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
end
