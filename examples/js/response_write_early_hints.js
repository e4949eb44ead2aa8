// http.md "response.writeEarlyHints(hints[, callback])": three 103 Early Hints
// before the response; the client prints each 'information' event.
const http = require('node:http');

const server = http.createServer((req, response) => {
  const earlyHintsLink = '</styles.css>; rel=preload; as=style';
  response.writeEarlyHints({
    'link': earlyHintsLink,
  });

  const earlyHintsLinks = [
    '</styles.css>; rel=preload; as=style',
    '</scripts.js>; rel=preload; as=script',
  ];
  response.writeEarlyHints({
    'link': earlyHintsLinks,
    'x-trace-id': 'id for diagnostics',
  });

  const earlyHintsCallback = () => console.log('early hints message sent');
  response.writeEarlyHints({
    'link': earlyHintsLinks,
  }, earlyHintsCallback);
  response.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('information', (info) => {
    console.log('information:', info.statusCode, info.statusMessage, info.rawHeaders);
  });
  req.on('response', (res) => {
    console.log('response:', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
