#!/usr/bin/env python3
"""Checks of two application instances on one database (called by two-instances.sh).

conflicts: writers on both instances update the same records with If-Match, each appending its own mark to the
           summary; at the end every acknowledged update's mark is in the record (no lost update), the version is
           1 + the acknowledged updates, and the history has one revision per version.
retries:   the same create (same Idempotency-Key, same body, no client id) is sent to both instances at once, and
           again later; every answer is 201 with one id, and exactly one record exists.
feed:      the change feed, followed through both instances, holds every acknowledged version exactly once.
Prints one JSON line of figures; exits non-zero on any loss or duplicate."""
import argparse
import http.client
import json
import os
import random
import sys
import threading
import uuid
from urllib.parse import urlparse, urlencode

TOKEN = os.environ["REGISTRY_ADMIN_TOKEN"]


def call(base, method, path, body=None, headers=None):
    u = urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    try:
        h = {"Accept": "application/json", "Authorization": "Bearer " + TOKEN}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/merge-patch+json" if method == "PATCH" else "application/json"
        h.update(headers or {})
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        raw = resp.read()
        return resp.status, dict(resp.getheaders()), (json.loads(raw) if raw else None)
    finally:
        conn.close()


def conflicts(bases, records, writers, rounds):
    ids = []
    for i in range(records):
        status, _, p = call(random.choice(bases), "POST", "/api/v1/persons",
                            {"fullName": "Invented Contested Person %d" % i, "summary": ""})
        assert status == 201, status
        ids.append(p["id"])
    acked = {i: [] for i in ids}
    stats = {"updates_acknowledged": 0, "refused_412": 0, "other": 0}
    lock = threading.Lock()

    def writer(n):
        rnd = random.Random(n)
        for r in range(rounds):
            rid = rnd.choice(ids)
            base = rnd.choice(bases)
            status, h, current = call(base, "GET", "/api/v1/persons/" + rid)
            mark = "[%d.%d]" % (n, r)
            status, h, p = call(rnd.choice(bases), "PATCH", "/api/v1/persons/" + rid,
                                {"summary": (current["summary"] or "") + mark}, {"If-Match": h["ETag"]})
            with lock:
                if status == 200:
                    stats["updates_acknowledged"] += 1
                    acked[rid].append(mark)
                elif status == 412:
                    stats["refused_412"] += 1
                else:
                    stats["other"] += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    lost = gaps = 0
    for rid, marks in acked.items():
        _, _, p = call(bases[0], "GET", "/api/v1/persons/" + rid)
        lost += sum(1 for m in marks if m not in p["summary"])
        if p["version"] != 1 + len(marks):
            lost += 1
        _, _, hist = call(bases[1], "GET", "/api/v1/persons/%s/history?limit=500" % rid)
        if [r["version"] for r in hist["items"]] != list(range(1, p["version"] + 1)):
            gaps += 1
    stats.update({"lost_updates": lost, "history_gaps": gaps})
    return stats, ids


def retries(bases, creates):
    duplicates = 0
    for i in range(creates):
        key = str(uuid.uuid4())
        name = "Invented Retried Person " + key[:8]
        answers = []

        def send(base):
            answers.append(call(base, "POST", "/api/v1/persons", {"fullName": name}, {"Idempotency-Key": key}))

        threads = [threading.Thread(target=send, args=(b,)) for b in bases for _ in range(2)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        send(random.choice(bases))  # a late retry
        ids = {a[2]["id"] for a in answers if a[0] == 201}
        if any(a[0] != 201 for a in answers) or len(ids) != 1:
            duplicates += 1
            continue
        _, _, page = call(bases[0], "GET", "/api/v1/persons?" + urlencode({"q": name, "limit": 50}))
        if sum(1 for p in page["items"] if p["fullName"] == name) != 1:
            duplicates += 1
    return {"retried_creates": creates, "duplicates_or_failures": duplicates}


def feed(bases, expected):
    seen = {}
    cursor = None
    while True:
        path = "/api/v1/changes?limit=500" + ("&since=" + cursor if cursor else "")
        status, _, page = call(random.choice(bases), "GET", path)
        assert status == 200, status
        for c in page["items"]:
            key = (c["id"], c["version"])
            seen[key] = seen.get(key, 0) + 1
        cursor = page["nextCursor"]
        if not page["hasMore"]:
            break
    repeated = sum(1 for n in seen.values() if n > 1)
    missing = sum(1 for key in expected if key not in seen)
    return {"feed_changes": len(seen), "feed_missing": missing, "feed_repeated": repeated}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", action="append", required=True)
    p.add_argument("--writers", type=int, default=8)
    p.add_argument("--rounds", type=int, default=25)
    p.add_argument("--records", type=int, default=3)
    p.add_argument("--creates", type=int, default=20)
    args = p.parse_args()
    stats, ids = conflicts(args.base, args.records, args.writers, args.rounds)
    stats.update(retries(args.base, args.creates))
    expected = []
    for rid in ids:
        _, _, person = call(args.base[0], "GET", "/api/v1/persons/" + rid)
        expected += [(rid, v) for v in range(1, person["version"] + 1)]
    stats.update(feed(args.base, expected))
    print(json.dumps(stats, sort_keys=True))
    bad = stats["lost_updates"] or stats["history_gaps"] or stats["other"] or stats["duplicates_or_failures"] \
        or stats["feed_missing"] or stats["feed_repeated"] or stats["updates_acknowledged"] == 0
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
