"""Generator of stream_fuzz_programs.json (the stream_fuzz differential scenario).

    python tests/differential/scenarios/stream_fuzz_gen.py 0 499 tests/differential/scenarios/stream_fuzz_programs.json

Each seed gives one program: a stream configuration and a list of
[operation, argument, scheduling] steps, scheduling being 'sync', 'tick'
(process.nextTick) or 'immediate' (setImmediate).
"""
import json
import random
import sys


def gen(seed):
    rnd = random.Random(seed)
    kind = rnd.choice(['readable', 'writable', 'duplex', 'transform'])
    cfg = {'kind': kind, 'hwm': rnd.choice([None, 0, 1, 3, 8]), 'objectMode': rnd.choice([None, None, True]),
           'allowHalfOpen': rnd.choice([None, False]), 'autoDestroy': rnd.choice([None, None, False]),
           'emitClose': rnd.choice([None, None, False]), 'decodeStrings': rnd.choice([None, None, False]),
           'readMode': rnd.choice(['none', 'push1', 'pushAsync', 'eof']), 'writeMode': rnd.choice(['sync', 'async', 'async', 'error']),
           'writev': rnd.choice([False, True]), 'final': rnd.choice([None, 'sync', 'async'])}
    rops = [('push', lambda: 'x' * rnd.randint(0, 5)), ('pushnull', lambda: None), ('unshift', lambda: 'u' * rnd.randint(1, 3)),
            ('read', lambda: rnd.choice([None, 0, 1, 2, 5])), ('pause', lambda: None), ('resume', lambda: None),
            ('ondata', lambda: None), ('offdata', lambda: None), ('onreadable', lambda: rnd.choice([True, False])),
            ('offreadable', lambda: None)]
    wops = [('write', lambda: 'w' * rnd.randint(0, 4)), ('writenocb', lambda: 'n' * rnd.randint(1, 4)), ('end', lambda: rnd.choice([None, 'e'])),
            ('cork', lambda: None), ('uncork', lambda: None), ('flushw', lambda: rnd.randint(1, 3))]
    common = [('destroy', lambda: rnd.choice([None, 'boom'])), ('tick', lambda: None)]
    if kind != 'writable':
        rops += [('pipe', lambda: rnd.choice([True, False])), ('unpipe', lambda: rnd.choice([True, False])),
                 ('oncedata', lambda: None), ('removealldata', lambda: None)]
        if not cfg['objectMode']:
            rops += [('pushbytes', lambda: rnd.choice([[0xc3], [0xa9], [0xe2, 0x82], [0xac, 0x41], [0x41, 0xe2], [0xd0, 0xb6, 0x41]]))]
    common += [('finished', lambda: rnd.choice([True, False]))]
    if kind != 'readable':
        wops += [('pipefrom', lambda: rnd.randint(0, 4))]
        if not cfg['objectMode']:
            wops += [('writehex', lambda: rnd.choice(['', 'ab', 'a', 'zz', '0102']))]
    pool = common * 1
    if kind != 'writable':
        pool += rops * 3
    if kind != 'readable':
        pool += wops * 3
    if kind != 'writable' and not cfg['objectMode'] and rnd.random() < 0.3:
        pool += [('setEncoding', lambda: 'utf8')]
    ops = []
    for _ in range(rnd.randint(3, 14)):
        name, arg = rnd.choice(pool)
        if name == 'destroy' and rnd.random() < 0.7:
            continue
        ops.append([name, arg(), rnd.choice(['sync', 'sync', 'tick', 'immediate'])])
    ops.append(['flushw', 10, 'immediate'])
    ops.append(['flushw', 10, 'immediate'])
    return {'cfg': cfg, 'ops': ops}
if len(sys.argv) == 4:
    json.dump([gen(x) for x in range(int(sys.argv[1]), int(sys.argv[2]) + 1)], open(sys.argv[3], 'w'))
else:
    json.dump(gen(int(sys.argv[1])), open(sys.argv[2], 'w'))
