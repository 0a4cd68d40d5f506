#!/usr/bin/env python3
"""Helpers of benchmark.sh: SQL captured from PostgreSQL's log to pgbench scripts, pgbench's per-transaction logs to
percentiles, and EXPLAIN plans checked for sequential scans of large tables. Prints figures only, never row contents."""
import glob
import re
import sys


def statements(log_text):
    """The statements of a PostgreSQL log (log_min_duration_statement=0), with their bound parameters substituted."""
    out = []
    current = None
    for line in log_text.splitlines():
        m = re.search(r'LOG:\s+duration: [\d.]+ ms\s+(parse|bind|execute|statement)( [^:]*)?: (.*)$', line)
        if m:
            if current and current["keep"]:
                out.append(current)
            # parse and bind are logged too, each with its own DETAIL: only executions count
            current = {"sql": m.group(3), "params": None, "keep": m.group(1) in ("execute", "statement")}
            continue
        m = re.search(r'DETAIL:\s+parameters: (.*)$', line)
        if m and current is not None:
            current["params"] = m.group(1)
            continue
        if re.search(r'^\S+ \S+ \S+ \[\d+\] ', line):
            continue  # another message of the server
        if current is not None and line.startswith(("\t", " ")):
            current["sql"] += " " + line.strip()
    if current and current["keep"]:
        out.append(current)
    result = []
    for s in out:
        sql = s["sql"]
        if s["params"]:
            values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", s["params"]))
            sql = re.sub(r"\$(\d+)\b", lambda m: values.get(m.group(1), m.group(0)), sql)
        result.append(sql.strip())
    return [s for s in result if s and not s.lower().startswith(("begin", "commit", "rollback", "set ", "show "))]


def to_pgbench(log_file, out_file):
    with open(log_file, encoding="utf-8", errors="replace") as f:
        stmts = statements(f.read())
    with open(out_file, "w", encoding="utf-8") as f:
        f.write("begin;\n")
        for s in stmts:
            f.write(s.rstrip(";") + ";\n")
        f.write("commit;\n")
    print(len(stmts))


def selects(log_file, out_file):
    """The select statements of a captured request, one per line, for EXPLAIN."""
    with open(log_file, encoding="utf-8", errors="replace") as f:
        stmts = statements(f.read())
    with open(out_file, "w", encoding="utf-8") as f:
        for s in stmts:
            if s.lower().startswith(("select", "with")) and s.strip().lower() != "select 1":
                f.write(s.replace("\n", " ") + "\n")


def pgbench_percentiles(prefix, seconds):
    """tps, p50, p95, p99 (ms) from pgbench's per-transaction logs (-l): client, transaction, latency in microseconds,
    script, and the time the transaction ended (epoch seconds, microseconds). Throughput is counted over the time
    transactions ran (first start to last end), not the run's length, which includes opening the connections."""
    lat = []
    first = last = None
    for name in glob.glob(prefix + "*"):
        with open(name) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    lat.append(int(parts[2]) / 1000.0)
                if len(parts) >= 6:
                    end = int(parts[4]) + int(parts[5]) / 1e6
                    begin = end - int(parts[2]) / 1e6
                    first = begin if first is None else min(first, begin)
                    last = end if last is None else max(last, end)
    lat.sort()
    if not lat:
        print("0 0 0 0")
        return
    window = last - first if first is not None and last - first > 0.5 else float(seconds)
    pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
    print("%.1f %.2f %.2f %.2f" % (len(lat) / window, pick(0.50), pick(0.95), pick(0.99)))


def seq_scans(plan_file, large_file):
    """Prints every 'Seq Scan on <table>' of a plan whose table is in the list of large tables."""
    large = set(open(large_file).read().split())
    found = set()
    for line in open(plan_file, encoding="utf-8", errors="replace"):
        m = re.search(r"Seq Scan on (\w+)", line)
        if m and m.group(1) in large:
            found.add(m.group(1))
    print(" ".join(sorted(found)))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "pgbench-script":
        to_pgbench(sys.argv[2], sys.argv[3])
    elif command == "selects":
        selects(sys.argv[2], sys.argv[3])
    elif command == "pgbench-percentiles":
        pgbench_percentiles(sys.argv[2], float(sys.argv[3]))
    elif command == "seq-scans":
        seq_scans(sys.argv[2], sys.argv[3])
    else:
        sys.exit("unknown command " + command)
