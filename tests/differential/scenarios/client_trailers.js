// Chunked response with trailers: res.trailers/rawTrailers/trailersDistinct filled at 'end'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n' +
    '4\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Sum: 42\r\nx-sum: 43\r\nX-Other: z\r\n\r\n'));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('before end trailers ' + JSON.stringify(res.trailers) + ' ' + JSON.stringify(res.rawTrailers));
    const chunks = [];
    res.on('data', (d) => chunks.push(d.toString()));
    res.on('end', () => {
      console.log('body ' + chunks.join(''));
      console.log('trailers ' + JSON.stringify(res.trailers));
      console.log('rawTrailers ' + JSON.stringify(res.rawTrailers));
      console.log('trailersDistinct ' + JSON.stringify(res.trailersDistinct));
      console.log('complete ' + res.complete);
      server.close();
    });
  });
});
