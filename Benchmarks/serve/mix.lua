-- wrk script: cycles through the paths given after `--`, so one run covers
-- the large index, report pages and a stylesheet. Prints a summary line that
-- counts every kind of failure (socket errors and non-2xx/3xx answers).
local paths = {}
local counter = 0

function init(args)
  for _, path in ipairs(args) do paths[#paths + 1] = path end
  if #paths == 0 then paths[1] = "/" end
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local total = errors.connect + errors.read + errors.write + errors.status + errors.timeout
  io.write(string.format(
    "summary: %d requests in %.1f s = %.0f requests/s, %.1f MB/s; errors %d (connect %d, read %d, write %d, status %d, timeout %d); latency p50 %.2f ms, p99 %.2f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.bytes / (summary.duration / 1e6) / 1e6, total, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
