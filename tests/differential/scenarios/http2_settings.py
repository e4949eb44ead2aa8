# http2.getDefaultSettings(), getPackedSettings(), getUnpackedSettings(),
# their validation errors, and the full http2.constants, one line per item.
# Twin of http2_settings.js (same lines under Node 24).
import base64
import json
import math

from nodehttp import http2


def show(v):
    if isinstance(v, (bytes, bytearray)):
        return 'hex:' + bytes(v).hex()
    if v is None:
        return 'undefined'
    return json.dumps(v, separators=(',', ':'))


def attempt(label, fn):
    try:
        print(f'{label} -> {show(fn())}')
    except Exception as err:
        rng = f' min={err.min} max={err.max}' if hasattr(err, 'min') else ''
        print(f'{label} !! {err.name} {err.code} {err.message}{rng}')


d1 = http2.getDefaultSettings()
d2 = http2.getDefaultSettings()
print('default', show(d1))
print('default keys', ','.join(d1))
d1['headerTableSize'] = 1
print('default fresh', d2['headerTableSize'], http2.getDefaultSettings()['headerTableSize'])

NO_ARG = object()
pack = [
    ('no argument', NO_ARG),
    ('empty', {}),
    ('defaults', http2.getDefaultSettings()),
    ('doc example enablePush false', {'enablePush': False}),
    ('every setting', {'headerTableSize': 5, 'enablePush': True, 'maxConcurrentStreams': 3,
                       'initialWindowSize': 2, 'maxFrameSize': 16384, 'maxHeaderListSize': 1,
                       'enableConnectProtocol': True}),
    ('reverse order', {'enableConnectProtocol': False, 'maxHeaderListSize': 1,
                       'maxFrameSize': 20000, 'initialWindowSize': 9,
                       'maxConcurrentStreams': 8, 'enablePush': False, 'headerTableSize': 7}),
    ('maxima', {'headerTableSize': 2 ** 32 - 1, 'initialWindowSize': 2 ** 31 - 1,
                'maxFrameSize': 2 ** 24 - 1, 'maxConcurrentStreams': 2 ** 32 - 1,
                'maxHeaderListSize': 2 ** 32 - 1}),
    ('minima', {'headerTableSize': 0, 'initialWindowSize': 0, 'maxFrameSize': 16384,
                'maxConcurrentStreams': 0, 'maxHeaderListSize': 0}),
    ('maxHeaderSize alias', {'maxHeaderSize': 100}),
    ('fraction truncated', {'headerTableSize': 1.5, 'initialWindowSize': 65535.9}),
    ('NaN packs as 0', {'headerTableSize': math.nan}),
    ('unknown keys ignored', {'foo': 1, 'bar': 'x'}),
    ('custom settings', {'customSettings': {20: 1, 10: 2, 65535: 4294967295}}),
    ('custom with built-ins', {'headerTableSize': 1, 'customSettings': {10: 1}}),
    ('custom id 2 = initialWindowSize slot', {'customSettings': {2: 7}}),
    ('custom slot loses to named setting', {'initialWindowSize': 5, 'customSettings': {2: 7}}),
    ('custom id 4 = maxConcurrentStreams slot', {'customSettings': {4: 9}}),
    ('custom id 7 and 8', {'customSettings': {8: 1, 7: 5}}),
    ('custom non-numbers skipped', {'customSettings': {10: 'x', 11: True, 12: 3}}),
    ('custom fraction', {'customSettings': {10: 1.5, 11: 0.5}}),
    ('custom id 9 = 10 refused by nghttp2', {'customSettings': {9: 10}}),
    ('custom id 1 (enablePush slot) = 5', {'customSettings': {1: 5}}),
    ('custom id 3 (maxFrameSize slot) = 5', {'customSettings': {3: 5}}),
    ('custom ten', {'customSettings': {i: 1 for i in range(10, 20)}}),
    # errors
    ('string', 'abc'),
    ('number', 5),
    ('array', []),
    ('true', True),
    ('headerTableSize -1', {'headerTableSize': -1}),
    ('headerTableSize 2^32', {'headerTableSize': 2 ** 32}),
    ('headerTableSize string', {'headerTableSize': '10'}),
    ('headerTableSize Infinity', {'headerTableSize': math.inf}),
    ('headerTableSize true', {'headerTableSize': True}),
    ('headerTableSize array', {'headerTableSize': [1, 2]}),
    ('headerTableSize object', {'headerTableSize': {}}),
    ('initialWindowSize 2^31', {'initialWindowSize': 2 ** 31}),
    ('maxFrameSize 16383', {'maxFrameSize': 16383}),
    ('maxFrameSize 2^24', {'maxFrameSize': 2 ** 24}),
    ('maxConcurrentStreams 2^32', {'maxConcurrentStreams': 2 ** 32}),
    ('maxHeaderListSize -5', {'maxHeaderListSize': -5}),
    ('maxHeaderSize 2^32', {'maxHeaderSize': 2 ** 32}),
    ('enablePush 0', {'enablePush': 0}),
    ('enablePush "true"', {'enablePush': 'true'}),
    ('enableConnectProtocol 1', {'enableConnectProtocol': 1}),
    ('first error wins: initialWindowSize before maxFrameSize',
     {'maxFrameSize': 1, 'initialWindowSize': -1}),
    ('first error wins: range before enablePush', {'enablePush': 1, 'headerTableSize': -1}),
    ('first error wins: enablePush before enableConnectProtocol',
     {'enableConnectProtocol': 1, 'enablePush': 1}),
    ('maxHeaderListSize before maxHeaderSize', {'maxHeaderSize': -1, 'maxHeaderListSize': -1}),
    ('customSettings number', {'customSettings': 5}),
    ('customSettings array', {'customSettings': [1]}),
    ('customSettings eleven', {'customSettings': {i: 1 for i in range(10, 21)}}),
    ('customSettings eleven, values skipped', {'customSettings': {i: 'a' for i in range(10, 21)}}),
    ('customSettings id 65536', {'customSettings': {65536: 1}}),
    ('customSettings id -1', {'customSettings': {'-1': 1}}),
    ('customSettings id 0', {'customSettings': {0: 1}}),
    ('customSettings id abc', {'customSettings': {'abc': 1}}),
    ('customSettings value -1', {'customSettings': {10: -1}}),
    ('customSettings value 2^32', {'customSettings': {10: 2 ** 32}}),
    ('customSettings value 0', {'customSettings': {10: 0}}),
    ('customSettings value NaN', {'customSettings': {10: math.nan}}),
    ('customSettings before headerTableSize', {'headerTableSize': -1, 'customSettings': {10: -1}}),
]
for label, value in pack:
    attempt(f'pack {label}',
            lambda: http2.getPackedSettings() if value is NO_ARG else http2.getPackedSettings(value))

unpack = [
    ('empty', b''),
    ('defaults', http2.getPackedSettings(http2.getDefaultSettings())),
    ('doc example', base64.b64decode('AAIAAAAA')),
    ('unknown ids to customSettings', bytes.fromhex('000900000005000700000001')),
    ('mixed order', bytes.fromhex(
        '0009000000010009000000020001000000050007000000030006000000010003000000ff')),
    ('enablePush 2 is true', bytes.fromhex('000200000002')),
    ('enablePush 0', bytes.fromhex('000200000000')),
    ('enableConnectProtocol 1', bytes.fromhex('000800000001')),
    ('duplicates: last wins', bytes.fromhex('000100000001000100000002')),
    ('out of range not checked', bytes.fromhex('000500000001000480000000')),
    ('id 0', bytes.fromhex('000000000001')),
    ('Uint8Array', bytearray([0, 1, 0, 0, 0, 5])),
    ('length 5', bytes(5)),
    ('length 7', bytes(7)),
    ('string', 'abcdef'),
    ('number', 5),
    ('array', [0, 1, 0, 0, 0, 5]),
    ('undefined', None),
]
for label, value in unpack:
    attempt(f'unpack {label}', lambda: http2.getUnpackedSettings(value))
attempt('unpack validate maxFrameSize 1',
        lambda: http2.getUnpackedSettings(bytes.fromhex('000500000001'), {'validate': True}))
attempt('unpack validate initialWindowSize 2^32-1',
        lambda: http2.getUnpackedSettings(bytes.fromhex('0004ffffffff'), {'validate': True}))
attempt('unpack validate ok',
        lambda: http2.getUnpackedSettings(bytes.fromhex('000200000005'), {'validate': True}))
attempt('roundtrip', lambda: http2.getUnpackedSettings(http2.getPackedSettings(
    {'headerTableSize': 100, 'enablePush': False, 'maxFrameSize': 32768,
     'customSettings': {1000: 3}})))

print('sensitiveHeaders', type(http2.sensitiveHeaders).__name__.lower(),
      str(http2.sensitiveHeaders))

constants = http2.constants
print('constants count', len(constants))
for name, value in vars(constants).items():
    print(f'constant {name} = {json.dumps(value)}')
