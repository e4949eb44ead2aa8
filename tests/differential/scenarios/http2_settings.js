'use strict';
// http2.getDefaultSettings(), getPackedSettings(), getUnpackedSettings(),
// their validation errors, and the full http2.constants, one line per item.
// Twin: http2_settings.py (must print the same lines under nodehttp).
const http2 = require('node:http2');

function show(v) {
  if (Buffer.isBuffer(v)) return 'hex:' + v.toString('hex');
  if (v === undefined) return 'undefined';
  return JSON.stringify(v);
}

function attempt(label, fn) {
  try {
    console.log(`${label} -> ${show(fn())}`);
  } catch (err) {
    const range = 'min' in err ? ` min=${err.min} max=${err.max}` : '';
    console.log(`${label} !! ${err.name} ${err.code} ${err.message}${range}`);
  }
}

// defaults: a new object every time
const d1 = http2.getDefaultSettings();
const d2 = http2.getDefaultSettings();
console.log('default', show(d1));
console.log('default keys', Object.keys(d1).join(','));
d1.headerTableSize = 1;
console.log('default fresh', d2.headerTableSize, http2.getDefaultSettings().headerTableSize);

const pack = [
  ['no argument', undefined],
  ['empty', {}],
  ['defaults', http2.getDefaultSettings()],
  ['doc example enablePush false', { enablePush: false }],
  ['every setting', { headerTableSize: 5, enablePush: true, maxConcurrentStreams: 3,
                      initialWindowSize: 2, maxFrameSize: 16384, maxHeaderListSize: 1,
                      enableConnectProtocol: true }],
  ['reverse order', { enableConnectProtocol: false, maxHeaderListSize: 1, maxFrameSize: 20000,
                      initialWindowSize: 9, maxConcurrentStreams: 8, enablePush: false,
                      headerTableSize: 7 }],
  ['maxima', { headerTableSize: 2 ** 32 - 1, initialWindowSize: 2 ** 31 - 1,
               maxFrameSize: 2 ** 24 - 1, maxConcurrentStreams: 2 ** 32 - 1,
               maxHeaderListSize: 2 ** 32 - 1 }],
  ['minima', { headerTableSize: 0, initialWindowSize: 0, maxFrameSize: 16384,
               maxConcurrentStreams: 0, maxHeaderListSize: 0 }],
  ['maxHeaderSize alias', { maxHeaderSize: 100 }],
  ['fraction truncated', { headerTableSize: 1.5, initialWindowSize: 65535.9 }],
  ['NaN packs as 0', { headerTableSize: NaN }],
  ['unknown keys ignored', { foo: 1, bar: 'x' }],
  ['custom settings', { customSettings: { 20: 1, 10: 2, 65535: 4294967295 } }],
  ['custom with built-ins', { headerTableSize: 1, customSettings: { 10: 1 } }],
  ['custom id 2 = initialWindowSize slot', { customSettings: { 2: 7 } }],
  ['custom slot loses to named setting', { initialWindowSize: 5, customSettings: { 2: 7 } }],
  ['custom id 4 = maxConcurrentStreams slot', { customSettings: { 4: 9 } }],
  ['custom id 7 and 8', { customSettings: { 8: 1, 7: 5 } }],
  ['custom non-numbers skipped', { customSettings: { 10: 'x', 11: true, 12: 3 } }],
  ['custom fraction', { customSettings: { 10: 1.5, 11: 0.5 } }],
  ['custom id 9 = 10 refused by nghttp2', { customSettings: { 9: 10 } }],
  ['custom id 1 (enablePush slot) = 5', { customSettings: { 1: 5 } }],
  ['custom id 3 (maxFrameSize slot) = 5', { customSettings: { 3: 5 } }],
  ['custom ten', { customSettings: { 10: 1, 11: 1, 12: 1, 13: 1, 14: 1, 15: 1, 16: 1, 17: 1, 18: 1, 19: 1 } }],
  // errors
  ['string', 'abc'],
  ['number', 5],
  ['array', []],
  ['true', true],
  ['headerTableSize -1', { headerTableSize: -1 }],
  ['headerTableSize 2^32', { headerTableSize: 2 ** 32 }],
  ['headerTableSize string', { headerTableSize: '10' }],
  ['headerTableSize Infinity', { headerTableSize: Infinity }],
  ['headerTableSize true', { headerTableSize: true }],
  ['headerTableSize array', { headerTableSize: [1, 2] }],
  ['headerTableSize object', { headerTableSize: {} }],
  ['initialWindowSize 2^31', { initialWindowSize: 2 ** 31 }],
  ['maxFrameSize 16383', { maxFrameSize: 16383 }],
  ['maxFrameSize 2^24', { maxFrameSize: 2 ** 24 }],
  ['maxConcurrentStreams 2^32', { maxConcurrentStreams: 2 ** 32 }],
  ['maxHeaderListSize -5', { maxHeaderListSize: -5 }],
  ['maxHeaderSize 2^32', { maxHeaderSize: 2 ** 32 }],
  ['enablePush 0', { enablePush: 0 }],
  ['enablePush "true"', { enablePush: 'true' }],
  ['enableConnectProtocol 1', { enableConnectProtocol: 1 }],
  ['first error wins: initialWindowSize before maxFrameSize', { maxFrameSize: 1, initialWindowSize: -1 }],
  ['first error wins: range before enablePush', { enablePush: 1, headerTableSize: -1 }],
  ['first error wins: enablePush before enableConnectProtocol', { enableConnectProtocol: 1, enablePush: 1 }],
  ['maxHeaderListSize before maxHeaderSize', { maxHeaderSize: -1, maxHeaderListSize: -1 }],
  ['customSettings number', { customSettings: 5 }],
  ['customSettings array', { customSettings: [1] }],
  ['customSettings eleven', { customSettings: { 10: 1, 11: 1, 12: 1, 13: 1, 14: 1, 15: 1, 16: 1, 17: 1, 18: 1, 19: 1, 20: 1 } }],
  ['customSettings eleven, values skipped', { customSettings: { 10: 'a', 11: 'a', 12: 'a', 13: 'a', 14: 'a', 15: 'a', 16: 'a', 17: 'a', 18: 'a', 19: 'a', 20: 'a' } }],
  ['customSettings id 65536', { customSettings: { 65536: 1 } }],
  ['customSettings id -1', { customSettings: { '-1': 1 } }],
  ['customSettings id 0', { customSettings: { 0: 1 } }],
  ['customSettings id abc', { customSettings: { abc: 1 } }],
  ['customSettings value -1', { customSettings: { 10: -1 } }],
  ['customSettings value 2^32', { customSettings: { 10: 2 ** 32 } }],
  ['customSettings value 0', { customSettings: { 10: 0 } }],
  ['customSettings value NaN', { customSettings: { 10: NaN } }],
  ['customSettings before headerTableSize', { headerTableSize: -1, customSettings: { 10: -1 } }],
];
for (const [label, value] of pack)
  attempt(`pack ${label}`, () => value === undefined ? http2.getPackedSettings() : http2.getPackedSettings(value));

const unpack = [
  ['empty', Buffer.alloc(0)],
  ['defaults', http2.getPackedSettings(http2.getDefaultSettings())],
  ['doc example', Buffer.from('AAIAAAAA', 'base64')],
  ['unknown ids to customSettings', Buffer.from('000900000005000700000001', 'hex')],
  ['mixed order', Buffer.from('0009000000010009000000020001000000050007000000030006000000010003000000ff', 'hex')],
  ['enablePush 2 is true', Buffer.from('000200000002', 'hex')],
  ['enablePush 0', Buffer.from('000200000000', 'hex')],
  ['enableConnectProtocol 1', Buffer.from('000800000001', 'hex')],
  ['duplicates: last wins', Buffer.from('000100000001000100000002', 'hex')],
  ['out of range not checked', Buffer.from('000500000001000480000000', 'hex')],
  ['id 0', Buffer.from('000000000001', 'hex')],
  ['Uint8Array', new Uint8Array([0, 1, 0, 0, 0, 5])],
  ['length 5', Buffer.alloc(5)],
  ['length 7', Buffer.alloc(7)],
  ['string', 'abcdef'],
  ['number', 5],
  ['array', [0, 1, 0, 0, 0, 5]],
  ['undefined', undefined],
];
for (const [label, value] of unpack)
  attempt(`unpack ${label}`, () => http2.getUnpackedSettings(value));
attempt('unpack validate maxFrameSize 1',
        () => http2.getUnpackedSettings(Buffer.from('000500000001', 'hex'), { validate: true }));
attempt('unpack validate initialWindowSize 2^32-1',
        () => http2.getUnpackedSettings(Buffer.from('0004ffffffff', 'hex'), { validate: true }));
attempt('unpack validate ok',
        () => http2.getUnpackedSettings(Buffer.from('000200000005', 'hex'), { validate: true }));
attempt('roundtrip', () => http2.getUnpackedSettings(http2.getPackedSettings(
  { headerTableSize: 100, enablePush: false, maxFrameSize: 32768, customSettings: { 1000: 3 } })));

console.log('sensitiveHeaders', typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));

const { constants } = http2;
console.log('constants count', Object.keys(constants).length);
for (const [name, value] of Object.entries(constants))
  console.log(`constant ${name} = ${JSON.stringify(value)}`);
