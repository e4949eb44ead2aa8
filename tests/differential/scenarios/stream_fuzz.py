# Differential fuzzing of the stream state machines: the programs of
# stream_fuzz_programs.json (made by stream_fuzz_gen.py) run against
# nodehttp.stream; stream_fuzz.js runs the same programs under Node 24 and the
# two outputs must be identical (see the comment at the top of the .js file).
import json
import os
import sys

import nodehttp
from nodehttp import stream, process, timers

PROGRAMS = json.load(open(sys.argv[1] if len(sys.argv) > 1 else
                          os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stream_fuzz_programs.json')))
out = []


def fmt(x):
    if x is None:
        return 'undef'
    if isinstance(x, str):
        return x
    if x is True:
        return 'true'
    if x is False:
        return 'false'
    return json.dumps(x, separators=(',', ':'))


def log(*a):
    out.append(' '.join(fmt(x) for x in a))


def S(c):
    if c is None:
        return 'null'
    if isinstance(c, str):
        return 's:' + c
    if isinstance(c, bytes):
        return 'b:' + c.decode('latin-1')
    return json.dumps(c, separators=(',', ':'))


def jsb(v):
    return {True: 'true', False: 'false', None: 'null'}.get(v, v) if not isinstance(v, int) or isinstance(v, bool) else str(v)


def run_program(prog, done):
    cfg = prog['cfg']
    cbid = [0]


    def mkcb(tag):
        cbid[0] += 1
        i = cbid[0]
        return lambda err=None: log('cb', tag, i, (getattr(err, 'code', None) or str(err)) if err else 'ok')


    opts = {'highWaterMark': cfg.get('hwm'), 'objectMode': cfg.get('objectMode'), 'allowHalfOpen': cfg.get('allowHalfOpen'),
            'autoDestroy': cfg.get('autoDestroy'), 'emitClose': cfg.get('emitClose'), 'decodeStrings': cfg.get('decodeStrings')}
    kind = cfg['kind']
    pendingW = []
    read_mode = cfg.get('readMode')
    nread = [0]
    s = None

    if kind != 'writable':
        def _read(n):
            nread[0] += 1
            log('_read', n, s.readableLength)
            if read_mode == 'push1' and nread[0] < 4:
                s.push('r%d' % nread[0])
            elif read_mode == 'pushAsync' and nread[0] < 4:
                k = nread[0]
                timers.setImmediate(lambda: log('async push', s.push('a%d' % k)))
            elif read_mode == 'eof':
                s.push(None)
        opts['read'] = _read
    if kind in ('writable', 'duplex'):
        def _write(chunk, enc, cb):
            log('_write', S(chunk), enc or 'none', s.writableLength)
            if cfg['writeMode'] == 'sync':
                cb()
            elif cfg['writeMode'] == 'error':
                cb(Exception('wfail'))
            else:
                pendingW.append(cb)
        opts['write'] = _write
        if cfg.get('writev'):
            def _writev(chunks, cb):
                log('_writev', ','.join(S(c['chunk']) for c in chunks), s.writableLength)
                if cfg['writeMode'] == 'sync':
                    cb()
                else:
                    pendingW.append(cb)
            opts['writev'] = _writev
        if cfg.get('final'):
            def _final(cb):
                log('_final')
                if cfg['final'] == 'sync':
                    cb()
                else:
                    timers.setImmediate(cb)
            opts['final'] = _final
    if kind == 'transform':
        def _transform(chunk, enc, cb):
            log('_transform', S(chunk), enc or 'none')
            if cfg['writeMode'] == 'sync':
                cb(None, chunk)
            else:
                pendingW.append(lambda: cb(None, chunk))
        opts['transform'] = _transform
        if cfg.get('final'):
            def _flush(cb):
                log('_flush')
                cb(None, 'F')
            opts['flush'] = _flush


    def _destroy(err, cb):
        log('_destroy', str(err) if err else 'null')
        cb(err)


    opts['destroy'] = _destroy
    opts = {k: v for k, v in opts.items() if v is not None}
    s = {'readable': stream.Readable, 'writable': stream.Writable, 'duplex': stream.Duplex, 'transform': stream.Transform}[kind](opts)
    for ev in ['end', 'finish', 'prefinish', 'close', 'drain', 'pause', 'resume', 'pipe', 'unpipe']:
        s.on(ev, lambda *a, ev=ev: log('ev', ev))
    s.on('error', lambda e: log('ev error', getattr(e, 'code', None) or str(e)))


    def snapshot():
        p = []
        if s._readableState is not None:
            p += ['rl=%s' % jsb(s.readableLength), 'rf=%s' % jsb(s.readableFlowing), 're=%s' % jsb(s.readableEnded), 'rr=%s' % jsb(s.readable)]
        if s._writableState is not None:
            p += ['wl=%s' % jsb(s.writableLength), 'wn=%s' % jsb(s.writableNeedDrain), 'we=%s' % jsb(s.writableEnded),
                  'wf=%s' % jsb(s.writableFinished), 'ww=%s' % jsb(s.writable)]
        p += ['d=%s' % jsb(s.destroyed), 'c=%s' % jsb(s.closed)]
        return ' '.join(p)


    handlers = {}


    def run(op):
        name, a = op[0], op[1]
        if name == 'push':
            log('push ret', s.push(a))
        elif name == 'pushnull':
            log('push null ret', s.push(None))
        elif name == 'unshift':
            log('unshift ret', s.unshift(a))
        elif name == 'read':
            r = s.read() if a is None else s.read(a)
            log('read ret', S(r))
        elif name == 'pause':
            s.pause()
        elif name == 'resume':
            s.resume()
        elif name == 'ondata':
            handlers['data'] = lambda d: log('ev data', S(d))
            s.on('data', handlers['data'])
        elif name == 'offdata':
            if 'data' in handlers:
                s.removeListener('data', handlers['data'])
        elif name == 'onreadable':
            def h(loop=a):
                log('ev readable', s.readableLength)
                if loop:
                    while True:
                        d = s.read()
                        if d is None:
                            break
                        log('rloop', S(d))
            handlers['readable'] = h
            s.on('readable', h)
        elif name == 'offreadable':
            if 'readable' in handlers:
                s.removeListener('readable', handlers['readable'])
        elif name == 'setEncoding':
            s.setEncoding(a)
        elif name == 'write':
            try:
                log('write ret', s.write(a, mkcb('w')))
            except Exception as e:
                log('throw', e.code)
        elif name == 'writenocb':
            try:
                log('write ret', s.write(a))
            except Exception as e:
                log('throw', e.code)
        elif name == 'end':
            s.end(a, mkcb('end')) if a is not None else s.end(mkcb('end'))
        elif name == 'cork':
            s.cork()
        elif name == 'uncork':
            s.uncork()
        elif name == 'flushw':
            cbs = pendingW[:a]
            del pendingW[:a]
            for cb in cbs:
                cb()
        elif name == 'finished':
            stream.finished(s, {'readable': False} if a else {},
                            lambda err=None: log('finished cb', (getattr(err, 'code', None) or str(err)) if err else 'ok'))
        elif name == 'pushbytes':
            log('push ret', s.push(bytes(a)))
        elif name == 'oncedata':
            s.once('data', lambda d: log('once data', S(d)))
        elif name == 'removealldata':
            s.removeAllListeners('data')
        elif name == 'writehex':
            try:
                log('write ret', s.write(a, 'hex', mkcb('wh')))
            except Exception as e:
                log('throw', e.code)
        elif name == 'pipe':
            def sw(c, e, cb, delay=a):
                log('sink write', S(c))
                if delay:
                    timers.setImmediate(cb)
                else:
                    cb()
            sink = stream.Writable({'highWaterMark': 2, 'objectMode': bool(cfg.get('objectMode')), 'write': sw})
            for ev in ['drain', 'finish', 'close', 'unpipe']:
                sink.on(ev, lambda *x, ev=ev: log('sink', ev))
            sink.on('error', lambda e: log('sink error', getattr(e, 'code', None) or str(e)))
            handlers['sink'] = sink
            log('pipe ret', s.pipe(sink) is sink)
        elif name == 'unpipe':
            if 'sink' in handlers:
                s.unpipe(handlers['sink'] if a else None)
        elif name == 'pipefrom':
            k = [0]

            def sr(n, total=a):
                k[0] += 1
                src.push('p%d' % k[0] if k[0] <= total else None)
            src = stream.Readable({'highWaterMark': 2, 'objectMode': bool(cfg.get('objectMode')), 'read': sr})
            for ev in ['end', 'close', 'pause', 'resume']:
                src.on(ev, lambda ev=ev: log('src', ev))
            src.pipe(s)
        elif name == 'destroy':
            s.destroy(Exception(a) if a else None)
        log('@', name, snapshot())


    i = [0]


    def step():
        ops = prog['ops']
        while i[0] < len(ops):
            op = ops[i[0]]
            i[0] += 1
            sched = op[2]
            if sched == 'sync':
                run(op)
                continue

            def go(op=op):
                run(op)
                step()
            if sched == 'tick':
                process.nextTick(go)
            else:
                timers.setImmediate(go)
            return

        def fin():
            log('final', snapshot())
            print('\n'.join(out))
            del out[:]
            done()
        timers.setImmediate(lambda: timers.setImmediate(fin))


    step()


pi = [0]


def next_program():
    if pi[0] >= len(PROGRAMS):
        return
    prog = PROGRAMS[pi[0]]
    pi[0] += 1
    print('== program %d' % (pi[0] - 1))
    run_program(prog, next_program)


nodehttp.run(next_program)
