#!/usr/bin/env python3
"""A write load that keeps a ledger of what the API acknowledged, and a check that all of it is stored.

  writeload.py load   --base URL [--base URL2 ...] --ledger FILE --stop-file FILE [--workers N] [--deadline SECONDS]
  writeload.py verify --base URL --ledger FILE

load: each worker creates invented persons with client-chosen ids (and an Idempotency-Key) and updates its own
records with If-Match (PUT and PATCH). A request that gets no answer (the application was killed, the database is
away) is retried, the same request with the same id, key and If-Match, until it is answered: a create answered
409 or an update answered 412 is resolved by reading the record (did the earlier attempt land?). So every write
ends acknowledged, and the ledger holds, per record, the last acknowledged version and content, and every
content ever attempted. It stops when the stop file appears (finishing the write in hand) or at the deadline.

verify: every acknowledged record is read back: it must exist, its version must be at least the acknowledged
one, and its content must be the acknowledged content (same version) or one that was attempted later.
Prints the figures as JSON; exits 1 on any loss.
"""
import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
import uuid
from urllib.parse import urlparse

RETRY_STATUSES = {502, 503, 504}


class Api:
    def __init__(self, bases):
        self.bases = [urlparse(b) for b in bases]

    def call(self, method, path, body=None, headers=None, timeout=15):
        """One attempt. Returns (status, headers, json-or-None, seconds) or raises OSError when unanswered."""
        base = random.choice(self.bases)
        conn = http.client.HTTPConnection(base.hostname, base.port, timeout=timeout)
        started = time.monotonic()
        try:
            data = None if body is None else json.dumps(body).encode()
            h = {"Accept": "application/json"}
            if os.environ.get("REGISTRY_ADMIN_TOKEN"):
                h["Authorization"] = "Bearer " + os.environ["REGISTRY_ADMIN_TOKEN"]
            if data is not None:
                h["Content-Type"] = "application/merge-patch+json" if method == "PATCH" else "application/json"
            h.update(headers or {})
            conn.request(method, base.path.rstrip("/") + path, body=data, headers=h)
            resp = conn.getresponse()
            raw = resp.read()
            elapsed = time.monotonic() - started
            try:
                payload = json.loads(raw) if raw else None
            except ValueError:
                payload = None
            return resp.status, dict(resp.getheaders()), payload, elapsed
        except (http.client.HTTPException, ConnectionError, TimeoutError) as e:
            raise OSError(str(e)) from e
        finally:
            conn.close()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.max_answer_seconds = 0.0

    def add(self, key, elapsed=None):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            if elapsed is not None:
                self.max_answer_seconds = max(self.max_answer_seconds, elapsed)


def retrying(api, stats, method, path, body, headers, deadline):
    """Sends the same request until it is answered with something other than 5xx-retryable; returns the answer."""
    delay = 0.05
    while True:
        try:
            status, h, payload, elapsed = api.call(method, path, body, headers)
            stats.add("status_%d" % status, elapsed)
            if status not in RETRY_STATUSES:
                return status, h, payload
            stats.add("retried_after_%d" % status)
        except OSError:
            stats.add("unanswered")
        if time.monotonic() > deadline + 120:
            raise SystemExit("gave up retrying %s %s: the application never answered" % (method, path))
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def worker(n, api, ledger, lock, stop_file, deadline, stats, out):
    rnd = random.Random(n * 7919 + int(time.time()))
    mine = []  # [id, version]
    while not os.path.exists(stop_file) and time.monotonic() < deadline:
        if not mine or rnd.random() < 0.45:
            pid = str(uuid.uuid4())
            body = {"id": pid, "fullName": "Invented Person %s" % pid[:8], "summary": "created %s" % uuid.uuid4().hex[:12],
                    "citizenships": ["KZ"], "roles": ["ACTIVIST"]}
            write(out, lock, {"op": "attempt", "id": pid, "summary": body["summary"], "fullName": body["fullName"]})
            status, h, payload = retrying(api, stats, "POST", "/api/v1/persons", body,
                                          {"Idempotency-Key": str(uuid.uuid4())}, deadline)
            if status == 201:
                version = payload["version"]
            elif status == 409:
                # An earlier attempt of this very create landed before its answer was lost: read it back.
                status, h, current = retrying(api, stats, "GET", "/api/v1/persons/" + pid, None, None, deadline)
                if status != 200 or current.get("summary") != body["summary"]:
                    write(out, lock, {"op": "anomaly", "id": pid, "detail": "409 on create but the record differs"})
                    stats.add("anomaly")
                    continue
                version = current["version"]
                stats.add("create_resolved_by_read")
            else:
                write(out, lock, {"op": "anomaly", "id": pid, "detail": "create answered %d" % status})
                stats.add("anomaly")
                continue
            write(out, lock, {"op": "ack", "id": pid, "version": version, "summary": body["summary"], "fullName": body["fullName"]})
            stats.add("acknowledged_creates")
            mine.append([pid, version])
        else:
            rec = rnd.choice(mine)
            pid, version = rec
            summary = "updated %s" % uuid.uuid4().hex[:12]
            write(out, lock, {"op": "attempt", "id": pid, "summary": summary})
            if rnd.random() < 0.5:
                method, body = "PATCH", {"summary": summary}
            else:
                method, body = "PUT", {"fullName": "Invented Person %s" % pid[:8], "summary": summary,
                                       "citizenships": ["KZ"], "roles": ["ACTIVIST"]}
            status, h, payload = retrying(api, stats, method, "/api/v1/persons/" + pid, body,
                                          {"If-Match": '"%d"' % version, "Idempotency-Key": str(uuid.uuid4())}, deadline)
            if status == 200:
                new_version = payload["version"]
            elif status == 412:
                status, h, current = retrying(api, stats, "GET", "/api/v1/persons/" + pid, None, None, deadline)
                if status == 200 and current.get("summary") == summary and current["version"] == version + 1:
                    new_version = current["version"]
                    stats.add("update_resolved_by_read")
                else:
                    write(out, lock, {"op": "anomaly", "id": pid, "detail": "412 but the record is not our update"})
                    stats.add("anomaly")
                    continue
            else:
                write(out, lock, {"op": "anomaly", "id": pid, "detail": "%s answered %d" % (method, status)})
                stats.add("anomaly")
                continue
            write(out, lock, {"op": "ack", "id": pid, "version": new_version, "summary": summary})
            stats.add("acknowledged_updates")
            rec[1] = new_version


def write(out, lock, entry):
    with lock:
        out.write(json.dumps(entry) + "\n")
        out.flush()


def load(args):
    api = Api(args.base)
    stats = Stats()
    lock = threading.Lock()
    deadline = time.monotonic() + args.deadline
    with open(args.ledger, "a") as out:
        threads = [threading.Thread(target=worker, args=(i, api, args.ledger, lock, args.stop_file, deadline, stats, out))
                   for i in range(args.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    stats.counts["max_answer_seconds"] = round(stats.max_answer_seconds, 2)
    print(json.dumps(stats.counts, sort_keys=True))


def history_check(api, record_id, current_version):
    """The record's history has one revision for each of its versions, 1 to the current one, without a gap."""
    versions, cursor = [], None
    while True:
        path = "/api/v1/persons/" + record_id + "/history?limit=500" + ("&cursor=" + cursor if cursor else "")
        status, _, page, _ = api.call("GET", path)
        if status != 200:
            return False
        versions += [r["version"] for r in page["items"]]
        cursor = page.get("nextCursor")
        if not cursor:
            return versions == list(range(1, current_version + 1))


def verify(args):
    api = Api(args.base)
    acked, attempted, anomalies = {}, {}, 0
    with open(args.ledger) as f:
        for line in f:
            e = json.loads(line)
            if e["op"] == "attempt":
                attempted.setdefault(e["id"], []).append(e["summary"])
            elif e["op"] == "ack":
                acked[e["id"]] = e
            elif e["op"] == "anomaly":
                anomalies += 1
    writes = sum(1 for _ in open(args.ledger) if '"op": "ack"' in _)
    lost, damaged, gaps = [], [], []
    for rid, e in acked.items():
        status, _, current, _ = api.call("GET", "/api/v1/persons/" + rid)
        if status != 200:
            lost.append(rid)
            continue
        if current["version"] < e["version"]:
            lost.append(rid)
        elif current["version"] == e["version"] and current.get("summary") != e["summary"]:
            damaged.append(rid)
        elif current["version"] > e["version"] and current.get("summary") not in attempted.get(rid, []):
            damaged.append(rid)
        if status == 200 and not history_check(api, rid, current["version"]):
            gaps.append(rid)
    result = {"acknowledged_writes": writes, "records": len(acked), "lost": len(lost), "damaged": len(damaged),
              "anomalies": anomalies, "history_gaps": len(gaps)}
    print(json.dumps(result, sort_keys=True))
    for rid in (lost + damaged + gaps)[:10]:
        print("  not intact: " + rid, file=sys.stderr)
    sys.exit(1 if lost or damaged or gaps or anomalies or writes == 0 else 0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["load", "verify"])
    p.add_argument("--base", action="append", required=True)
    p.add_argument("--ledger", required=True)
    p.add_argument("--stop-file", default="/nonexistent")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--deadline", type=float, default=600)
    args = p.parse_args()
    load(args) if args.mode == "load" else verify(args)


if __name__ == "__main__":
    main()
