// A Node 24 http.Server that reports, as JSON lines on stdout, what it sees
// on each connection: 'request' (method, url, httpVersion, rawHeaders), 'end'
// (body, rawTrailers), 'clientError' (code, reason, bytesParsed, message), 'upgrade'
// and 'connect' (head), and 'close'. Each record carries the client's port.
// Used by tests/interop/gen_parser_expected.py and test_parser_vs_node.py.
//
// argv[2]: JSON server options, e.g. {"maxHeaderSize": 64, "insecureHTTPParser": true};
// "maxHeadersCount" is set as the server property.
'use strict';
const http = require('http');

// requireHostHeader is off so that Host-less test requests reach the listeners.
const options = { requireHostHeader: false, ...JSON.parse(process.argv[2] || '{}') };
const out = (rec) => process.stdout.write(JSON.stringify(rec) + '\n');

const server = http.createServer(options, (req, res) => {
  const port = req.socket.remotePort;
  out({ port, ev: 'request', method: req.method === undefined ? null : req.method, url: req.url,
        httpVersion: req.httpVersion, rawHeaders: req.rawHeaders });
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    out({ port, ev: 'end', body: Buffer.concat(chunks).toString('latin1'),
          rawTrailers: req.rawTrailers });
    res.end('ok');
  });
});
if ('maxHeadersCount' in options) server.maxHeadersCount = options.maxHeadersCount;
server.on('connection', (socket) => {
  const port = socket.remotePort;
  socket.on('close', () => out({ port, ev: 'close' }));
});
server.on('clientError', (err, socket) => {
  out({ port: socket.remotePort, ev: 'clientError', code: err.code === undefined ? null : err.code,
        reason: err.reason === undefined ? null : err.reason,
        bytesParsed: err.bytesParsed === undefined ? null : err.bytesParsed, message: err.message });
  socket.destroy();
});
for (const name of ['upgrade', 'connect']) {
  server.on(name, (req, socket, head) => {
    out({ port: socket.remotePort, ev: name, method: req.method, url: req.url,
          rawHeaders: req.rawHeaders, head: head.toString('latin1') });
    socket.destroy();
  });
}
server.listen(0, '127.0.0.1', () => {
  out({ ev: 'listening', port: server.address().port });
});
