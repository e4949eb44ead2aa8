// http.md "Built-in Proxy Support" / "Example": an Agent with its own proxy
// settings. The proxy is a local server (standing in for proxy.example.com:8080)
// that answers every request itself and prints what it received.
const http = require('node:http');

const proxy = http.createServer((req, res) => {
  console.log('proxy got:', req.method, req.url, 'host:', req.headers.host);
  res.end('from proxy');
});
proxy.listen(0, '127.0.0.1', () => {
  // Creating a custom agent with custom proxy support.
  const agent = new http.Agent({ proxyEnv: { HTTP_PROXY: `http://127.0.0.1:${proxy.address().port}` } });

  http.request({
    hostname: 'www.example.com',
    port: 80,
    path: '/',
    agent,
  }, (res) => {
    // This request will be proxied through the local proxy using the HTTP protocol.
    console.log(`STATUS: ${res.statusCode}`);
    res.resume();
    res.on('end', () => proxy.close());
  }).end();
});
