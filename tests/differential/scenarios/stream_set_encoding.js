// setEncoding(): multi-byte characters split across chunks are kept whole;
// bytes already buffered are decoded; readableEncoding; hex/base64/utf16le.
const { Readable } = require('node:stream');

function run(enc, parts, before) {
  const r = new Readable({ read() {} });
  if (before) r.push(Buffer.from(before));
  r.setEncoding(enc);
  console.log(enc, 'encoding', r.readableEncoding, 'length', r.readableLength);
  const out = [];
  r.on('data', (d) => out.push(typeof d + ':' + JSON.stringify(d)));
  r.on('end', () => console.log(enc, out.join(' | ')));
  for (const p of parts) r.push(Buffer.from(p));
  r.push(null);
}
run('utf8', [[0xe2], [0x82, 0xac, 0x41, 0xf0, 0x9f], [0x98, 0x80]], [0xc3]);
run('utf-8', [[0xa9, 0x41], [0xe2, 0x82]]);
run('hex', [[1, 2], [255]]);
run('base64', [[0x61], [0x62, 0x63, 0x64], [0x65]]);
run('base64url', [[0xfb], [0xff, 0xfe, 0x61]]);
run('utf16le', [[0x41], [0x00, 0x3d, 0xd8], [0x00, 0xde]]);
run('latin1', [[0xe9, 0x41]]);
run('ascii', [[0xe9, 0x41]]);
const r = new Readable({ encoding: 'binary', read() {} });
console.log('option', r.readableEncoding);
try { r.setEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
