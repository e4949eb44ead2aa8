"""Generator of stream_pipeline_fuzz_programs.json (stream_pipeline_fuzz scenario).

    python tests/differential/scenarios/stream_pipeline_fuzz_gen.py 0 399 tests/differential/scenarios/stream_pipeline_fuzz_programs.json
"""
import json
import random
import sys


def gen(seed):
    r = random.Random(seed)
    n = r.randint(2, 4)
    chain = []
    obj = r.random() < 0.3
    for i in range(n):
        kind = 'src' if i == 0 else ('sink' if i == n - 1 else 'mid')
        chain.append({'kind': kind, 'hwm': r.choice([None, 1, 2, 16]), 'obj': obj or None,
                      'mode': r.choice(['sync', 'tick', 'immediate']), 'count': r.randint(0, 4),
                      'failAt': r.choice([None, None, None, 1, 2, 3]), 'flush': r.random() < 0.3, 'final': r.random() < 0.3})
    destroy_at = None
    if r.random() < 0.3:
        destroy_at = [r.randrange(n), r.choice(['sync', 'tick', 'immediate']), r.random() < 0.5]
    return {'chain': chain, 'destroyAt': destroy_at, 'finishedOn': r.choice([None, r.randrange(n)])}
json.dump([gen(s) for s in range(int(sys.argv[1]), int(sys.argv[2]) + 1)], open(sys.argv[3], 'w'))
