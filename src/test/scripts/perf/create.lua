-- wrk: creates a person per request (POST /api/v1/persons); the token comes in wrk's -H header. An invented name.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"fullName": "Aruzhan Benchmarkova", "names": [{"name": "Аружан Бенчмаркова", "lang": "kk", "script": "Cyrl", "kind": "NATIVE"}], '
  .. '"status": "AT_LIBERTY", "citizenships": ["KZ"], "roles": ["ACTIVIST"], "birthDate": "1990-05"}'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
