// http.request({signal}): abort() destroys the request with an AbortError
// (cause: the reason) even if an earlier 'abort' listener stops immediate
// propagation; the request's listener is gone after 'close'; a signal that
// is already aborted destroys the request before it gets a socket.
const http = require('node:http');
const { getEventListeners } = require('node:events');
const log = (s) => console.log(s);
const srv = http.createServer(() => {});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const req = http.request({ port, signal: ac.signal });
  log(`listeners ${getEventListeners(ac.signal, 'abort').length}`);
  req.on('error', (e) => log(`error ${e.name} ${e.code} ${e.message} cause=${e.cause.name}`));
  req.on('close', () => {
    log(`close listeners ${getEventListeners(ac.signal, 'abort').length} destroyed=${req.destroyed}`);
    const r2 = http.request({ port, signal: AbortSignal.abort('early') });
    log(`r2 destroyed at once ${r2.destroyed}`);
    r2.on('socket', () => log('r2 socket?!'));
    r2.on('error', (e) => log(`r2 error ${e.code} cause=${e.cause}`));
    r2.on('close', () => { log('r2 close'); srv.close(); });
  });
  req.end();
  ac.abort();
  log('aborted');
});
