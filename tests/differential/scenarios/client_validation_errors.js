// Synchronous validation errors thrown by http.request().
const http = require('http');
function t(label, fn) {
  try { fn(); console.log(label + ' no throw'); } catch (e) {
    console.log(label + ' ' + e.name + ' ' + e.code + ' ' + JSON.stringify(e.message));
  }
}
const base = { host: '127.0.0.1', port: 1 };
t('bad method', () => http.request({ ...base, method: 'BAD METHOD' }));
t('method not string', () => http.request({ ...base, method: 5 }));
t('path with space', () => http.request({ ...base, path: '/a b' }));
t('path with tab', () => http.request({ ...base, path: '/a\tb' }));
t('bad protocol', () => http.request({ ...base, protocol: 'https:' }));
t('bad protocol ftp', () => http.request('ftp://127.0.0.1/'));
t('bad url', () => http.request('not a url'));
t('bad url empty host', () => http.request('http://'));
t('header bad name', () => http.request({ ...base, headers: { 'bad name': 'x' } }));
t('header bad value', () => http.request({ ...base, headers: { 'x-a': 'a\nb' } }));
t('header undefined value', () => http.request({ ...base, headers: { 'x-a': undefined } }));
t('setHeader bad value', () => { const r = http.request(base); r.on('error', () => {}); r.setHeader('x-a', 'a\rb'); });
t('setHeader undefined', () => { const r = http.request(base); r.on('error', () => {}); r.setHeader('x-a', undefined); });
t('setHeader bad name', () => { const r = http.request(base); r.on('error', () => {}); r.setHeader('x a', '1'); });
t('host number', () => http.request({ host: 5, port: 1 }));
t('hostname number', () => http.request({ hostname: true, port: 1 }));
t('socketPath number', () => http.request({ socketPath: 5 }));
t('timeout string', () => http.request({ ...base, timeout: 'x' }));
t('agent invalid', () => http.request({ ...base, agent: 'yes' }));
t('maxHeaderSize invalid', () => http.request({ ...base, maxHeaderSize: -1 }));
t('insecureHTTPParser invalid', () => http.request({ ...base, insecureHTTPParser: 'x' }));
t('joinDuplicateHeaders invalid', () => http.request({ ...base, joinDuplicateHeaders: 'x' }));
t('port invalid', () => http.request({ host: '127.0.0.1', port: 70000 }));
t('port negative', () => http.request({ host: '127.0.0.1', port: -1 }));
t('path above latin1', () => http.request({ ...base, path: '/\u0100' }));
t('path empty host ok', () => { const r = http.request({ ...base, path: '/\u00ff' }); r.on('error', () => {}); r.destroy(); });
