// http.md "response.addTrailers(headers)": a trailer after a chunked body.
const http = require('node:http');

const fileData = 'file contents\n';
const server = http.createServer((req, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain',
                            'Trailer': 'Content-MD5' });
  response.write(fileData);
  response.addTrailers({ 'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667' });
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('transfer-encoding:', res.headers['transfer-encoding']);
    console.log('trailer:', res.headers.trailer);
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('body:', JSON.stringify(chunk)));
    res.on('end', () => {
      console.log('trailers:', res.trailers);
      console.log('rawTrailers:', res.rawTrailers);
      server.close();
    });
  });
});
