// Agent option defaults, and the global agent's defaults in Node 24.
const http = require('http');
function show(label, a) {
  console.log(label + ' keepAlive=' + a.keepAlive + ' keepAliveMsecs=' + a.keepAliveMsecs + ' maxSockets=' + a.maxSockets +
    ' maxFreeSockets=' + a.maxFreeSockets + ' maxTotalSockets=' + a.maxTotalSockets + ' scheduling=' + a.scheduling +
    ' defaultPort=' + a.defaultPort + ' protocol=' + a.protocol + ' totalSocketCount=' + a.totalSocketCount +
    ' agentKeepAliveTimeoutBuffer=' + a.agentKeepAliveTimeoutBuffer + ' options=' + JSON.stringify(a.options) +
    ' sockets=' + JSON.stringify(a.sockets) + ' freeSockets=' + JSON.stringify(a.freeSockets) + ' requests=' + JSON.stringify(a.requests));
}
show('global', http.globalAgent);
show('default', new http.Agent());
show('custom', new http.Agent({ keepAlive: true, keepAliveMsecs: 500, maxSockets: 3, maxFreeSockets: 2,
  maxTotalSockets: 7, scheduling: 'fifo', timeout: 100, defaultPort: 8080, protocol: 'http:', agentKeepAliveTimeoutBuffer: 50, foo: 'bar' }));
console.log('instanceof ' + (http.globalAgent instanceof http.Agent));
for (const bad of [{ scheduling: 'random' }, { maxSockets: 0 }, { maxTotalSockets: 0 }, { maxTotalSockets: 'x' }, { maxSockets: -1 }]) {
  try { new http.Agent(bad); console.log(JSON.stringify(bad) + ' ok'); } catch (e) { console.log(JSON.stringify(bad) + ' ' + e.name + ' ' + e.code + ' ' + JSON.stringify(e.message)); }
}
