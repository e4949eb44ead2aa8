// Built-in proxy support: an Agent with proxyEnv sends absolute-form requests to the HTTP_PROXY; NO_PROXY bypasses it.
const http = require('http');
const net = require('net');
let origin;
const proxy = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('proxy got ' + JSON.stringify(buf.split(String(proxy.address().port)).join('PROXYPORT').split(String(origin.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nproxied');
    }
  });
});
origin = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('origin got ' + JSON.stringify(buf.split(String(origin.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\ndirect');
    }
  });
});
proxy.listen(0, '127.0.0.1', () => origin.listen(0, '127.0.0.1', () => {
  const pport = proxy.address().port;
  const oport = origin.address().port;
  const cases = [
    ['HTTP_PROXY', { HTTP_PROXY: `http://127.0.0.1:${pport}` }, { host: '127.0.0.1', port: oport, path: '/a?b=1' }],
    ['http_proxy wins', { HTTP_PROXY: 'http://127.0.0.1:1', http_proxy: `http://127.0.0.1:${pport}` }, { host: 'localhost', port: oport, path: '/lower', family: 4 }],
    ['auth', { HTTP_PROXY: `http://us%20er:p%40ss@127.0.0.1:${pport}` }, { host: '127.0.0.1', port: oport, path: '/auth', method: 'POST', headers: { 'Content-Length': 0 } }],
    ['NO_PROXY exact', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: '127.0.0.1' }, { host: '127.0.0.1', port: oport, path: '/np' }],
    ['NO_PROXY star', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: '*' }, { host: '127.0.0.1', port: oport, path: '/star' }],
    ['NO_PROXY other port', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: '127.0.0.1:1' }, { host: '127.0.0.1', port: oport, path: '/otherport' }],
    ['NO_PROXY with port', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: `example.com, 127.0.0.1:${oport}` }, { host: '127.0.0.1', port: oport, path: '/withport' }],
    ['NO_PROXY range', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: '127.0.0.0-127.0.0.5' }, { host: '127.0.0.1', port: oport, path: '/range' }],
    ['no_proxy wins', { HTTP_PROXY: `http://127.0.0.1:${pport}`, NO_PROXY: '*', no_proxy: 'example.com' }, { host: '127.0.0.1', port: oport, path: '/nowins' }],
    ['HTTPS_PROXY only', { HTTPS_PROXY: `http://127.0.0.1:${pport}` }, { host: '127.0.0.1', port: oport, path: '/httpsonly' }],
  ];
  let i = 0;
  function next() {
    if (i === cases.length) { proxy.close(); origin.close(); return; }
    const [label, env, opts] = cases[i++];
    const agent = new http.Agent({ proxyEnv: env });
    const req = http.request({ ...opts, agent }, (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => { console.log(label + ': ' + res.statusCode + ' ' + body); agent.destroy(); next(); });
    });
    req.end();
  }
  next();
}));
