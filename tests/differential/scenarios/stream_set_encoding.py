# setEncoding(): multi-byte characters split across chunks are kept whole;
# bytes already buffered are decoded; readableEncoding; hex/base64/utf16le.
import nodehttp
from nodehttp import stream


def j(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return v


def log(*parts):
    print(*[j(p) for p in parts])

import json


def run(enc, parts, before=None):
    r = stream.Readable({'read': lambda: None})
    if before:
        r.push(bytes(before))
    r.setEncoding(enc)
    log(enc, 'encoding', r.readableEncoding, 'length', r.readableLength)
    out = []
    r.on('data', lambda d: out.append(('string' if isinstance(d, str) else type(d).__name__) + ':'
                                      + json.dumps(d, ensure_ascii=False)))
    r.on('end', lambda: log(enc, ' | '.join(out)))
    for p in parts:
        r.push(bytes(p))
    r.push(None)


def main():
    run('utf8', [[0xe2], [0x82, 0xac, 0x41, 0xf0, 0x9f], [0x98, 0x80]], [0xc3])
    run('utf-8', [[0xa9, 0x41], [0xe2, 0x82]])
    run('hex', [[1, 2], [255]])
    run('base64', [[0x61], [0x62, 0x63, 0x64], [0x65]])
    run('base64url', [[0xfb], [0xff, 0xfe, 0x61]])
    run('utf16le', [[0x41], [0x00, 0x3d, 0xd8], [0x00, 0xde]])
    run('latin1', [[0xe9, 0x41]])
    run('ascii', [[0xe9, 0x41]])
    r = stream.Readable({'encoding': 'binary', 'read': lambda: None})
    log('option', r.readableEncoding)
    try:
        r.setEncoding('nope')
    except Exception as e:
        log(e.code, e.message)


nodehttp.run(main)
