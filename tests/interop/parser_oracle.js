// Runs Node's own HTTP parser (llhttp behind node_http_parser.cc, the one
// http.Server and http.ClientRequest use) over test inputs and prints what
// it reports, so that nodehttp's parser can be compared with it.
//
// stdin: JSON list of cases {type: 'request'|'response', chunks: [base64...],
//   eof: bool, lenient: bool, relaxed: bool, max: int (0 = default),
//   pairs: int (parser.maxHeaderPairs), hc: 0|1|2 (what on_headers_complete
//   returns, like Node's server/client do)}
// stdout: JSON list of results {events: [...], error: {...}|null}
'use strict';
const { HTTPParser } = require('_http_common');
// llhttp method numbers (llhttp.h HTTP_ALL_METHOD_MAP); Node's server names
// them through the binding's allMethods table.
const METHOD_NAMES = {};
[['DELETE', 0], ['GET', 1], ['HEAD', 2], ['POST', 3], ['PUT', 4], ['CONNECT', 5],
 ['OPTIONS', 6], ['TRACE', 7], ['COPY', 8], ['LOCK', 9], ['MKCOL', 10], ['MOVE', 11],
 ['PROPFIND', 12], ['PROPPATCH', 13], ['SEARCH', 14], ['UNLOCK', 15], ['BIND', 16],
 ['REBIND', 17], ['UNBIND', 18], ['ACL', 19], ['REPORT', 20], ['MKACTIVITY', 21],
 ['CHECKOUT', 22], ['MERGE', 23], ['M-SEARCH', 24], ['NOTIFY', 25], ['SUBSCRIBE', 26],
 ['UNSUBSCRIBE', 27], ['PATCH', 28], ['PURGE', 29], ['MKCALENDAR', 30], ['LINK', 31],
 ['UNLINK', 32], ['SOURCE', 33], ['PRI', 34], ['DESCRIBE', 35], ['ANNOUNCE', 36],
 ['SETUP', 37], ['PLAY', 38], ['PAUSE', 39], ['TEARDOWN', 40], ['GET_PARAMETER', 41],
 ['SET_PARAMETER', 42], ['REDIRECT', 43], ['RECORD', 44], ['FLUSH', 45], ['QUERY', 46],
].forEach(([name, num]) => { METHOD_NAMES[num] = name; });

function runCase(c) {
  const events = [];
  const p = new HTTPParser();
  const type = c.type === 'response' ? HTTPParser.RESPONSE : HTTPParser.REQUEST;
  let flags = c.lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone;
  if (c.relaxed) flags |= HTTPParser.kLenientHeaderValueRelaxed;
  p.initialize(type, {}, c.max || 0, flags);
  // Node's servers and clients set this (cleanParser: 2000, or
  // maxHeadersCount << 1); the bare binding leaves it unset: no limit.
  if (c.pairs !== undefined) p.maxHeaderPairs = c.pairs;
  let pending = [];
  let headersDone = false;
  // llhttp pauses (HPE_PAUSED_UPGRADE) after the message whose head set
  // parser->upgrade (or a 101 response); Node then stops feeding it.
  let willUpgrade = false;
  let upgraded = false;
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
    events.push({ ev: 'hc', method: method === undefined ? null : (METHOD_NAMES[method] || '#' + method),
                  url: url === undefined ? null : url,
                  status: statusCode === undefined ? null : statusCode,
                  reason: statusMessage === undefined ? null : statusMessage,
                  major, minor, headers, upgrade, keepAlive });
    willUpgrade = upgrade || c.hc === 2 || statusCode === 101;
    return c.hc || 0;
  };
  p[HTTPParser.kOnBody] = (b) => {
    events.push({ ev: 'body', data: Buffer.from(b).toString('base64') });
  };
  p[HTTPParser.kOnMessageComplete] = () => {
    events.push({ ev: 'mc', trailers: pending });
    pending = [];
    flushedUrl = '';  // as parserOnMessageComplete resets parser._url
    if (willUpgrade) upgraded = true;
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
    if (ret !== buf.length || upgraded) {
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
