"""http.md "Built-in Proxy Support" > "Example": an Agent with its own proxy settings.

The proxy is a local server (standing in for proxy.example.com:8080) that
answers every request itself and prints what it received.
Twin: examples/js/proxy_agent_proxy_env.js.
"""

import nodehttp as http


def on_proxy_request(req, res):
    print('proxy got:', req.method, req.url, 'host:', req.headers['host'])
    res.end('from proxy')


proxy = http.createServer(on_proxy_request)


def on_listening():
    # Creating a custom agent with custom proxy support.
    agent = http.Agent({'proxyEnv': {'HTTP_PROXY': f"http://127.0.0.1:{proxy.address()['port']}"}})

    def on_response(res):
        # This request will be proxied through the local proxy using the HTTP protocol.
        print(f'STATUS: {res.statusCode}')
        res.resume()
        res.on('end', lambda: proxy.close())

    http.request({
        'hostname': 'www.example.com',
        'port': 80,
        'path': '/',
        'agent': agent,
    }, on_response).end()


proxy.listen(0, '127.0.0.1', on_listening)
