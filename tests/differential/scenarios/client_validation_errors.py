# Synchronous validation errors thrown by http.request().
import nodehttp
import nodehttp as http
from _client_util import js


def t(label, fn):
    try:
        fn()
        print(label + ' no throw')
    except Exception as e:  # noqa: BLE001
        print('%s %s %s %s' % (label, e.name, e.code, js(e.message)))


def main():
    base = {'host': '127.0.0.1', 'port': 1}

    def with_(**kw):
        return {**base, **kw}
    t('bad method', lambda: http.request(with_(method='BAD METHOD')))
    t('method not string', lambda: http.request(with_(method=5)))
    t('path with space', lambda: http.request(with_(path='/a b')))
    t('path with tab', lambda: http.request(with_(path='/a\tb')))
    t('bad protocol', lambda: http.request(with_(protocol='https:')))
    t('bad protocol ftp', lambda: http.request('ftp://127.0.0.1/'))
    t('bad url', lambda: http.request('not a url'))
    t('bad url empty host', lambda: http.request('http://'))
    t('header bad name', lambda: http.request(with_(headers={'bad name': 'x'})))
    t('header bad value', lambda: http.request(with_(headers={'x-a': 'a\nb'})))
    t('header undefined value', lambda: http.request(with_(headers={'x-a': None})))

    def set_header(name, value):
        r = http.request(base)
        r.on('error', lambda e: None)
        r.setHeader(name, value)
    t('setHeader bad value', lambda: set_header('x-a', 'a\rb'))
    t('setHeader undefined', lambda: set_header('x-a', None))
    t('setHeader bad name', lambda: set_header('x a', '1'))
    t('host number', lambda: http.request({'host': 5, 'port': 1}))
    t('hostname number', lambda: http.request({'hostname': True, 'port': 1}))
    t('socketPath number', lambda: http.request({'socketPath': 5}))
    t('timeout string', lambda: http.request(with_(timeout='x')))
    t('agent invalid', lambda: http.request(with_(agent='yes')))
    t('maxHeaderSize invalid', lambda: http.request(with_(maxHeaderSize=-1)))
    t('insecureHTTPParser invalid', lambda: http.request(with_(insecureHTTPParser='x')))
    t('joinDuplicateHeaders invalid', lambda: http.request(with_(joinDuplicateHeaders='x')))
    t('port invalid', lambda: http.request({'host': '127.0.0.1', 'port': 70000}))
    t('port negative', lambda: http.request({'host': '127.0.0.1', 'port': -1}))
    t('path above latin1', lambda: http.request(with_(path='/\u0100')))

    def ok_latin1():
        r = http.request(with_(path='/\u00ff'))
        r.on('error', lambda e: None)
        r.destroy()
    t('path empty host ok', ok_latin1)


nodehttp.run(main)
