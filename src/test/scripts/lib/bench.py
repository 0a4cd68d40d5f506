#!/usr/bin/env python3
"""Helpers of benchmark.sh: SQL captured from PostgreSQL's log to pgbench scripts, pgbench's per-transaction logs to
percentiles, EXPLAIN plans checked for sequential scans of large tables; and of growth.sh: the figures of several
sizes side by side. Prints figures only, never row contents."""
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


def growth(out_dir, sizes):
    """The figures of benchmark.sh at each size (growth.sh), side by side, as a Markdown table: each measured request at
    8 connections (requests/s · p95 ms), and p95 at the largest size over p95 at the smallest, beside the data's
    growth; then load, start, memory, export and the filters that scan a large table."""
    row = re.compile(r"^(.*?)\s+(\d+) \|\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\|")
    figures, other = {}, {}
    names = []
    for n in sizes:
        figures[n] = {}
        try:
            lines = open("%s/%s/results.txt" % (out_dir, n), encoding="utf-8").read().splitlines()
        except OSError:
            lines = []
        for line in lines:
            m = row.match(line)
            if m and m.group(2) == "8":
                name = m.group(1).strip()
                figures[n][name] = (float(m.group(3)), float(m.group(5)))
                if name not in names:
                    names.append(name)
        try:
            text = open("%s/%s.txt" % (out_dir, n), encoding="utf-8", errors="replace").read()
        except OSError:
            text = ""
        found = lambda pattern: (re.search(pattern, text, re.M) or [None, None])[1]
        scans = len(re.findall(r"^SEQ SCAN ", text, re.M))
        checked = scans + len(re.findall(r"^indexed ", text, re.M))
        other[n] = {
            "load (s)": found(r"^load: \d+ persons in (\d+) s"),
            "ready after start, with a training start's archive (ms)": found(r"^startup: ready after (\d+) ms"),
            "ready, with the build's archive (ms)": found(r"^startup with the build's class-data archive: ready after (\d+) ms"),
            "ready, without an archive (ms)": found(r"^startup without a class-data archive: ready after (\d+) ms"),
            "resident memory under load (MiB)": found(r"^resident memory under load: max (\d+) MiB"),
            "CSV export (rows/s)": found(r"^export: \d+ rows in \d+ ms \((\d+) rows/s\)"),
            "filters scanning a large table": "%d of %d" % (scans, checked) if checked else None,
        }
    group = lambda v: "{:,}".format(int(v)).replace(",", " ")
    first, last = sizes[0], sizes[-1]
    print("| at 8 connections | " + " | ".join(group(n) + " persons" for n in sizes)
          + " | p95 ×, for data ×%s |" % group(int(last) / int(first)))
    print("|---" * (len(sizes) + 2) + "|")
    for name in names:
        cells = []
        for n in sizes:
            f = figures[n].get(name)
            cells.append("%s/s · %.1f ms" % (group(f[0]), f[1]) if f else "—")
        a, b = figures[first].get(name), figures[last].get(name)
        ratio = "×%.1f" % (b[1] / a[1]) if a and b and a[1] > 0 else "—"
        print("| %s | %s | %s |" % (name, " | ".join(cells), ratio))
    for label in other[first]:
        print("| %s | %s | |" % (label, " | ".join(
            (group(other[n][label]) if (other[n][label] or "").isdigit() else other[n][label]) or "—" for n in sizes)))
    if not any(figures[n] for n in sizes):
        sys.exit("no figures: every run failed before its measurements")


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
    elif command == "growth":
        growth(sys.argv[2], sys.argv[3:])
    else:
        sys.exit("unknown command " + command)
