-- wrk: one line of figures when the run ends: requests/s, p50, p95, p99 (ms), responses that were not 2xx/3xx, socket errors.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
