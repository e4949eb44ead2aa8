# Built-in proxy support: an Agent with proxyEnv sends absolute-form requests to the HTTP_PROXY; NO_PROXY bypasses it.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js


def main():
    servers = {}

    def raw_server(name, body):
        def on_conn(sock):
            st = {'buf': ''}

            def on_data(d):
                st['buf'] += d.decode('latin-1')
                if '\r\n\r\n' in st['buf']:
                    text = st['buf'].replace(str(servers['proxy'].address()['port']), 'PROXYPORT') \
                        .replace(str(servers['origin'].address()['port']), 'PORT') if name == 'proxy' else \
                        st['buf'].replace(str(servers['origin'].address()['port']), 'PORT')
                    print(name + ' got ' + js(text))
                    st['buf'] = ''
                    sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s' % (len(body), body))
            sock.on('data', on_data)
        return net.createServer(on_conn)
    servers['proxy'] = proxy = raw_server('proxy', b'proxied')
    servers['origin'] = origin = raw_server('origin', b'direct')

    def start():
        pport = proxy.address()['port']
        oport = origin.address()['port']
        cases = [
            ('HTTP_PROXY', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport}, {'host': '127.0.0.1', 'port': oport, 'path': '/a?b=1'}),
            ('http_proxy wins', {'HTTP_PROXY': 'http://127.0.0.1:1', 'http_proxy': 'http://127.0.0.1:%d' % pport},
             {'host': 'localhost', 'port': oport, 'path': '/lower', 'family': 4}),
            ('auth', {'HTTP_PROXY': 'http://us%%20er:p%%40ss@127.0.0.1:%d' % pport},
             {'host': '127.0.0.1', 'port': oport, 'path': '/auth', 'method': 'POST', 'headers': {'Content-Length': 0}}),
            ('NO_PROXY exact', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '127.0.0.1'},
             {'host': '127.0.0.1', 'port': oport, 'path': '/np'}),
            ('NO_PROXY star', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '*'},
             {'host': '127.0.0.1', 'port': oport, 'path': '/star'}),
            ('NO_PROXY other port', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '127.0.0.1:1'},
             {'host': '127.0.0.1', 'port': oport, 'path': '/otherport'}),
            ('NO_PROXY with port', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': 'example.com, 127.0.0.1:%d' % oport},
             {'host': '127.0.0.1', 'port': oport, 'path': '/withport'}),
            ('NO_PROXY range', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '127.0.0.0-127.0.0.5'},
             {'host': '127.0.0.1', 'port': oport, 'path': '/range'}),
            ('no_proxy wins', {'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '*', 'no_proxy': 'example.com'},
             {'host': '127.0.0.1', 'port': oport, 'path': '/nowins'}),
            ('HTTPS_PROXY only', {'HTTPS_PROXY': 'http://127.0.0.1:%d' % pport},
             {'host': '127.0.0.1', 'port': oport, 'path': '/httpsonly'}),
        ]
        i = [0]

        def next_():
            if i[0] == len(cases):
                proxy.close()
                origin.close()
                return
            label, env, opts = cases[i[0]]
            i[0] += 1
            agent = http.Agent({'proxyEnv': env})

            def on_response(res):
                res.setEncoding('utf8')
                body = []
                res.on('data', body.append)

                def end():
                    print('%s: %d %s' % (label, res.statusCode, ''.join(body)))
                    agent.destroy()
                    next_()
                res.on('end', end)
            req = http.request({**opts, 'agent': agent}, on_response)
            req.end()
        next_()
    proxy.listen(0, '127.0.0.1', lambda: origin.listen(0, '127.0.0.1', start))


nodehttp.run(main)
