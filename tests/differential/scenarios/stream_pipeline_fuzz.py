# Differential fuzzing of stream.pipeline() (see stream_pipeline_fuzz.js):
# the same programs run against nodehttp.stream; output must match Node 24.
import json
import os
import sys

import nodehttp
from nodehttp import stream, process, timers

PROGRAMS = json.load(open(sys.argv[1] if len(sys.argv) > 1 else
                          os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       'stream_pipeline_fuzz_programs.json')))
out = []


def log(*a):
    out.append(' '.join(str(x) for x in a))


def tf(v):
    return 'true' if v else 'false'


def run(p, done):
    streams = []

    def defer(mode, fn):
        if mode == 'sync':
            fn()
        elif mode == 'tick':
            process.nextTick(fn)
        else:
            timers.setImmediate(fn)

    for idx, spec in enumerate(p['chain']):
        name = spec['kind'] + str(idx)
        opts = {'highWaterMark': spec['hwm'], 'objectMode': spec['obj']}
        if spec['kind'] == 'src':
            def make_src(spec=spec, name=name):
                n = [0]

                def read(size):
                    n[0] += 1
                    k = n[0]
                    if spec['failAt'] == k:
                        defer(spec['mode'], lambda: s.destroy(Exception(name + ' failed')))
                        return
                    defer(spec['mode'], lambda: s.push('c%d' % k if k <= spec['count'] else None))
                s = stream.Readable(dict(opts, read=read))
                return s
            s = make_src()
        elif spec['kind'] == 'mid':
            def make_mid(spec=spec, name=name):
                n = [0]

                def transform(c, e, cb):
                    n[0] += 1
                    if spec['failAt'] == n[0]:
                        defer(spec['mode'], lambda: cb(Exception(name + ' failed')))
                        return
                    text = c.decode() if isinstance(c, bytes) else str(c)
                    defer(spec['mode'], lambda: cb(None, text + '.'))
                o = dict(opts, transform=transform)
                if spec['flush']:
                    o['flush'] = lambda cb: defer(spec['mode'], lambda: cb(None, 'F'))
                return stream.Transform(o)
            s = make_mid()
        else:
            def make_sink(spec=spec, name=name):
                n = [0]

                def write(c, e, cb):
                    n[0] += 1
                    log(name, 'got', c.decode() if isinstance(c, bytes) else str(c))
                    if spec['failAt'] == n[0]:
                        defer(spec['mode'], lambda: cb(Exception(name + ' failed')))
                        return
                    defer(spec['mode'], lambda: cb())
                o = dict(opts, write=write)
                if spec['final']:
                    o['final'] = lambda cb: defer(spec['mode'], lambda: cb())
                return stream.Writable(o)
            s = make_sink()
        for ev in ['end', 'finish', 'close']:
            s.on(ev, lambda *a, ev=ev, name=name: log(name, ev))
        s.on('error', lambda e, name=name: log(name, 'error', getattr(e, 'code', None) or str(e)))
        streams.append(s)
    if p['finishedOn'] is not None:
        k = p['finishedOn']
        stream.finished(streams[k], lambda err=None: log('finished', k, (getattr(err, 'code', None) or str(err)) if err else 'ok'))

    state = {'done': False}

    def stuck():
        if not state['done']:
            state['done'] = True
            log('stuck', ''.join('D' if s.destroyed else '-' for s in streams))
            print('\n'.join(out))
            del out[:]
            done()
    guard = timers.setTimeout(stuck, 400)

    def cb(err=None):
        if state['done']:
            log('late pipeline cb')
            return
        state['done'] = True
        timers.clearTimeout(guard)
        log('pipeline cb', (getattr(err, 'code', None) or str(err)) if err else 'ok',
            ''.join('D' if s.destroyed else '-' for s in streams))

        def fin():
            print('\n'.join(out))
            del out[:]
            done()
        timers.setImmediate(lambda: timers.setImmediate(fin))
    ret = stream.pipeline(*streams, cb)
    log('ret last', tf(ret is streams[-1]))
    if p['destroyAt'] is not None:
        i, mode, with_err = p['destroyAt']
        defer(mode, lambda: streams[i].destroy(Exception('external') if with_err else None))


def main():
    i = [0]

    def next_():
        if i[0] < len(PROGRAMS):
            print('== %d' % i[0])
            prog = PROGRAMS[i[0]]
            i[0] += 1
            run(prog, next_)
    next_()


nodehttp.run(main)
