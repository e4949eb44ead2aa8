// http.md "Event: 'information'": a 1xx response before the main one. The doc's
// request goes to 127.0.0.1:8080; here a local server (ephemeral port) sends
// 102 Processing, then the response.
const http = require('node:http');

const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.end('done');
});
server.listen(0, '127.0.0.1', () => {
  const options = {
    host: '127.0.0.1',
    port: server.address().port,
    path: '/length_request',
  };

  // Make a request
  const req = http.request(options);
  req.end();

  req.on('information', (info) => {
    console.log(`Got information prior to main response: ${info.statusCode}`);
  });
  req.on('response', (res) => {
    console.log(`Main response: ${res.statusCode}`);
    res.resume();
    res.on('end', () => server.close());
  });
});
