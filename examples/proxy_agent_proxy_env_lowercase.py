"""http.md "Built-in Proxy Support" > "Example": lower-cased option names, and
proxy settings taken from the environment (``process.env``).

The proxy is a local server. Twin: examples/js/proxy_agent_proxy_env_lowercase.js.
"""

import nodehttp as http
from nodehttp import process


def on_proxy_request(req, res):
    print('proxy got:', req.method, req.url)
    res.end('from proxy')


proxy = http.createServer(on_proxy_request)


def on_listening():
    proxyUrl = f"http://127.0.0.1:{proxy.address()['port']}"
    # Use lower-cased option name.
    agent1 = http.Agent({'proxyEnv': {'http_proxy': proxyUrl}})
    # Use values inherited from the environment variables, if the process is started with
    # HTTP_PROXY=http://proxy.example.com:8080 this will use the proxy server specified
    # in process.env.HTTP_PROXY.
    process.env['HTTP_PROXY'] = proxyUrl
    agent2 = http.Agent({'proxyEnv': process.env})

    # One request through each agent, one after the other.
    def on_response1(res):
        print(f'agent1 STATUS: {res.statusCode}')
        res.resume()

        def on_end():
            def on_response2(res2):
                print(f'agent2 STATUS: {res2.statusCode}')
                res2.resume()
                res2.on('end', lambda: proxy.close())
            http.get({'hostname': 'www.example.com', 'path': '/agent2', 'agent': agent2},
                     on_response2)
        res.on('end', on_end)

    http.get({'hostname': 'www.example.com', 'path': '/agent1', 'agent': agent1}, on_response1)


proxy.listen(0, '127.0.0.1', on_listening)
