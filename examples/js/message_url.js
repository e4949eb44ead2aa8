// http.md "message.url": parse request.url into its parts with the WHATWG URL parser.
const http = require('node:http');

const server = http.createServer((request, res) => {
  console.log('request.url:', request.url);
  const url = new URL(`http://${process.env.HOST ?? 'localhost'}${request.url}`);
  console.log('pathname:', url.pathname);
  console.log('search:', url.search);
  console.log('status:', url.searchParams.get('status'));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/status?name=ryan&status=ok' }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
