# Commit latency at 100 commits/s on a copy of the 1,000,000-case file: SQLite's inline checkpoints vs a PASSIVE
# checkpoint in another thread (docs/performance/api.md, ADR 0027). python3 tools/wal-checkpoint-probe.py inline|background SECONDS
import sqlite3, time, shutil, os, sys, threading
src = "/tmp/clerkstation-bench/supervisor-1000000-v4.db"
dst = "/tmp/clerkstation-bench/wal-checkpoint-probe.db"
mode = sys.argv[1]  # inline | background
secs = int(sys.argv[2])
for s in ("", "-wal", "-shm"):
    try: os.remove(dst + s)
    except FileNotFoundError: pass
t = time.time(); shutil.copyfile(src, dst); print(f"copy {time.time()-t:.1f}s", flush=True)
def conn():
    c = sqlite3.connect(dst, isolation_level=None, check_same_thread=False)
    c.execute("PRAGMA busy_timeout=10000"); c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=FULL")
    return c
w = conn()
w.execute("CREATE TABLE IF NOT EXISTS probe(id INTEGER PRIMARY KEY, body TEXT)")
if mode == "background":
    w.execute("PRAGMA wal_autocheckpoint=0")
    stop = False
    def ck():
        c = conn(); c.execute("PRAGMA wal_autocheckpoint=0")
        while not stop:
            time.sleep(1.0)
            t = time.perf_counter(); r = c.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone(); d = (time.perf_counter()-t)*1000
            if d > 50: print(f"  bg checkpoint {r} {d:.0f} ms at {time.time()-t0:.1f}s", flush=True)
    th = threading.Thread(target=ck, daemon=True)
t0 = time.time()
if mode == "background": th.start()
lat = []
body = "x" * 1000
n = secs * 100
for i in range(n):
    sched = t0 + i / 100
    now = time.time()
    if sched > now: time.sleep(sched - now)
    s = time.perf_counter()
    w.execute("BEGIN IMMEDIATE"); w.execute("INSERT INTO probe(body) VALUES (?)", (body,)); w.execute("COMMIT")
    d = (time.perf_counter() - s) * 1000
    lat.append(d)
    if d > 100: print(f"  slow commit {d:.0f} ms at {time.time()-t0:.1f}s (wal {os.path.getsize(dst+'-wal')//1024} KiB)", flush=True)
lat.sort()
p = lambda q: lat[min(len(lat)-1, int(q/100*len(lat)))]
print(f"{mode}: n={n} p50 {p(50):.1f} p90 {p(90):.1f} p99 {p(99):.1f} max {lat[-1]:.0f} ms; load {open('/proc/loadavg').read().split()[:3]}")
