// http.md "Event: 'connect'" (http.ClientRequest): an HTTP tunneling proxy.
// The origin server is a local one instead of www.google.com:80; ports are ephemeral.
const http = require('node:http');
const net = require('node:net');
const { URL } = require('node:url');

// A local origin server standing in for www.google.com
const origin = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Date': 'DATE' });
  res.end(`origin saw ${req.method} ${req.url} Host: ${req.headers.host}`);
});

// Create an HTTP tunneling proxy
const proxy = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
proxy.on('connect', (req, clientSocket, head) => {
  // Connect to an origin server
  const { port, hostname } = new URL(`http://${req.url}`);
  const serverSocket = net.connect(port || 80, hostname, () => {
    clientSocket.write('HTTP/1.1 200 Connection Established\r\n' +
                    'Proxy-agent: Node.js-Proxy\r\n' +
                    '\r\n');
    serverSocket.write(head);
    serverSocket.pipe(clientSocket);
    clientSocket.pipe(serverSocket);
  });
});

origin.listen(0, '127.0.0.1', () => {
  const originAddress = `127.0.0.1:${origin.address().port}`;
  // Now that proxy is running
  proxy.listen(0, '127.0.0.1', () => {

    // Make a request to a tunneling proxy
    const options = {
      port: proxy.address().port,
      host: '127.0.0.1',
      method: 'CONNECT',
      path: originAddress,
    };

    const req = http.request(options);
    req.end();

    req.on('connect', (res, socket, head) => {
      console.log('got connected!');

      // Make a request over an HTTP tunnel
      socket.write('GET / HTTP/1.1\r\n' +
                   `Host: ${originAddress}\r\n` +
                   'Connection: close\r\n' +
                   '\r\n');
      socket.on('data', (chunk) => {
        console.log(chunk.toString());
      });
      socket.on('end', () => {
        proxy.close();
        origin.close();
      });
    });
  });
});
