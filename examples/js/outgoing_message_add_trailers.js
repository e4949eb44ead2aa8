// http.md "outgoingMessage.addTrailers(headers)": on a ServerResponse (an OutgoingMessage).
const http = require('node:http');

const fileData = 'file contents\n';
const server = http.createServer((req, message) => {
  console.log('is an OutgoingMessage:', message instanceof http.OutgoingMessage);
  message.writeHead(200, { 'Content-Type': 'text/plain',
                           'Trailer': 'Content-MD5' });
  message.write(fileData);
  message.addTrailers({ 'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667' });
  message.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('trailers:', res.trailers);
      server.close();
    });
  });
});
