// http.md "response.setHeader(name, value)": an array sends one header line per element.
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.setHeader('Set-Cookie', ['type=ninja', 'language=javascript']);
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('set-cookie:', res.headers['set-cookie']);
    console.log('raw header names:', res.rawHeaders.filter((v, i) => i % 2 === 0));
    res.resume();
    res.on('end', () => server.close());
  });
});
