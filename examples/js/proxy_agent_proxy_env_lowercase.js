// http.md "Built-in Proxy Support" / "Example": lower-cased option names, and
// proxy settings taken from process.env. The proxy is a local server.
const http = require('node:http');

const proxy = http.createServer((req, res) => {
  console.log('proxy got:', req.method, req.url);
  res.end('from proxy');
});
proxy.listen(0, '127.0.0.1', () => {
  const proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
  // Use lower-cased option name.
  const agent1 = new http.Agent({ proxyEnv: { http_proxy: proxyUrl } });
  // Use values inherited from the environment variables, if the process is started with
  // HTTP_PROXY=http://proxy.example.com:8080 this will use the proxy server specified
  // in process.env.HTTP_PROXY.
  process.env.HTTP_PROXY = proxyUrl;
  const agent2 = new http.Agent({ proxyEnv: process.env });

  // One request through each agent, one after the other.
  http.get({ hostname: 'www.example.com', path: '/agent1', agent: agent1 }, (res) => {
    console.log(`agent1 STATUS: ${res.statusCode}`);
    res.resume();
    res.on('end', () => {
      http.get({ hostname: 'www.example.com', path: '/agent2', agent: agent2 }, (res2) => {
        console.log(`agent2 STATUS: ${res2.statusCode}`);
        res2.resume();
        res2.on('end', () => proxy.close());
      });
    });
  });
});
