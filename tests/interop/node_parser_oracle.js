// Runs Node's own HTTP parser (llhttp behind node_http_parser.cc, the one
// http.Server and http.ClientRequest use) over test inputs and prints what
// it reports, so that nodehttp's parser can be compared with it.
//
// stdin: JSON list of cases {type: 'request'|'response', chunks: [base64...],
//   eof: bool, lenient: bool, max: int (0 = default), hc: 0|1|2 (what
//   on_headers_complete returns, like Node's server/client do)}
// stdout: JSON list of results {events: [...], error: {...}|null}
'use strict';
const { HTTPParser, methods } = require('_http_common');

function runCase(c) {
  const events = [];
  const p = new HTTPParser();
  const type = c.type === 'response' ? HTTPParser.RESPONSE : HTTPParser.REQUEST;
  p.initialize(type, {}, c.max || 0, c.lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone);
  let pending = [];
  let headersDone = false;
  let flushedUrl = '';
  p[HTTPParser.kOnHeaders] = (headers, url) => {
    pending.push(...headers);
    if (url) flushedUrl += url;
  };
  p[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url,
                                      statusCode, statusMessage, upgrade, keepAlive) => {
    if (headers === undefined) { headers = pending; pending = []; }
    if (url === undefined && type === HTTPParser.REQUEST) { url = flushedUrl; }
    flushedUrl = '';
    headersDone = true;
    events.push({ ev: 'hc', method: method === undefined ? null : (methods[method] === undefined ? '#' + method : methods[method]),
                  url: url === undefined ? null : url,
                  status: statusCode === undefined ? null : statusCode,
                  reason: statusMessage === undefined ? null : statusMessage,
                  major, minor, headers, upgrade, keepAlive });
    return c.hc || 0;
  };
  p[HTTPParser.kOnBody] = (b) => {
    events.push({ ev: 'body', data: Buffer.from(b).toString('base64') });
  };
  p[HTTPParser.kOnMessageComplete] = () => {
    events.push({ ev: 'mc', trailers: pending });
    pending = [];
  };
  let error = null;
  let upgrade = null;
  for (let i = 0; i < c.chunks.length; i++) {
    const buf = Buffer.from(c.chunks[i], 'base64');
    const ret = p.execute(buf);
    if (ret instanceof Error) {
      error = { code: ret.code, reason: ret.reason, bytesParsed: ret.bytesParsed, chunk: i };
      break;
    }
    if (ret !== buf.length) {
      // HPE_PAUSED_UPGRADE turned into success: the rest is not HTTP.
      upgrade = { chunk: i, nread: ret };
      break;
    }
  }
  if (!error && !upgrade && c.eof) {
    const ret = p.finish();
    if (ret instanceof Error) {
      error = { code: ret.code, reason: ret.reason, bytesParsed: ret.bytesParsed, chunk: -1 };
    }
  }
  return { events, error, upgrade };
}

let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map(runCase)));
});
