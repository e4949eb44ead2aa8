// agent.getName(): the pool key host:port:localAddress[:family][:socketPath].
const http = require('http');
const agent = new http.Agent();
const cases = [
  undefined, {}, { host: 'a.example' }, { host: 'a', port: 8080 }, { host: 'a', port: 0 },
  { host: 'a', port: 80, localAddress: '127.0.0.2' }, { host: 'a', port: 80, family: 4 },
  { host: 'a', port: 80, family: 6 }, { host: 'a', port: 80, family: 5 },
  { socketPath: '/tmp/x.sock' }, { host: 'a', port: 1, localAddress: 'l', family: 6, socketPath: '/s' },
  { hostname: 'ignored', port: 2 }, { host: '' },
];
for (const c of cases) console.log(JSON.stringify(c) + ' -> ' + JSON.stringify(c === undefined ? agent.getName() : agent.getName(c)));
