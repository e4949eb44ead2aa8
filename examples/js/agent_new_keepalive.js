// http.md "new Agent([options])": a keep-alive agent reused by two requests.
const http = require('node:http');

const server = http.createServer((req, res) => res.end(`hello ${req.url}`));
server.listen(0, '127.0.0.1', () => {
  const options = { host: '127.0.0.1', port: server.address().port, path: '/1' };
  const keepAliveAgent = new http.Agent({ keepAlive: true });
  options.agent = keepAliveAgent;
  let count = 0;
  function onResponseCallback(res) {
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('body:', chunk));
    res.on('end', () => {
      console.log('reused socket:', res.req.reusedSocket);
      if (++count === 1) {
        setImmediate(() => {
          options.path = '/2';
          http.request(options, onResponseCallback).end();
        });
      } else {
        keepAliveAgent.destroy();
        server.close();
      }
    });
  }
  http.request(options, onResponseCallback).end();
});
