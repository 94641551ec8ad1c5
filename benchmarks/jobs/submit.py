#!/usr/bin/env python3
"""Submits N asynchronous say_hello jobs from C concurrent clients and waits until every status
document says ProcessSucceeded (read from the output folder, so polling adds no HTTP load).
Prints one Markdown table row: database, jobs, clients, submit seconds, submit p50/p99 ms,
seconds until all succeeded, jobs/s."""
import concurrent.futures
import os
import sys
import time
import urllib.request

wps, outputs, label = sys.argv[1], sys.argv[2], sys.argv[3]
jobs = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
clients = int(sys.argv[5]) if len(sys.argv) > 5 else 8
query = ("?service=WPS&version=1.0.0&request=Execute&identifier=say_hello&DataInputs=name=bench"
         "&storeExecuteResponse=true&status=true")


def submit(_):
    start = time.perf_counter()
    with urllib.request.urlopen(wps + query, timeout=60) as response:
        body = response.read().decode()
    location = body.split('statusLocation="', 1)[1].split('"', 1)[0]
    return time.perf_counter() - start, location.rsplit("/", 1)[1]


t0 = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    results = list(pool.map(submit, range(jobs)))
t_submit = time.perf_counter() - t0
pending = {name for _, name in results}
while pending:
    done = set()
    for name in pending:
        try:
            with open(os.path.join(outputs, name), encoding="utf-8") as f:
                text = f.read()
        except FileNotFoundError:
            continue
        if "ProcessSucceeded" in text:
            done.add(name)
        elif "ProcessFailed" in text:
            sys.exit("job failed: " + text)
    pending -= done
    if pending:
        if time.perf_counter() - t0 > 600:
            sys.exit(f"{len(pending)} jobs not done after 600 s")
        time.sleep(0.05)
t_all = time.perf_counter() - t0
latencies = sorted(r[0] * 1000 for r in results)
p50 = latencies[len(latencies) // 2]
p99 = latencies[int(len(latencies) * 0.99) - 1]
print(f"| {label} | {jobs} | {clients} | {t_submit:.2f} | {p50:.1f} | {p99:.1f} | {t_all:.2f} | {jobs / t_all:.0f} |")
