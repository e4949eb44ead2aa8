# agent.getName(): the pool key host:port:localAddress[:family][:socketPath].
import nodehttp
import nodehttp as http
from _client_util import js


def main():
    agent = http.Agent()
    cases = [
        None, {}, {'host': 'a.example'}, {'host': 'a', 'port': 8080}, {'host': 'a', 'port': 0},
        {'host': 'a', 'port': 80, 'localAddress': '127.0.0.2'}, {'host': 'a', 'port': 80, 'family': 4},
        {'host': 'a', 'port': 80, 'family': 6}, {'host': 'a', 'port': 80, 'family': 5},
        {'socketPath': '/tmp/x.sock'}, {'host': 'a', 'port': 1, 'localAddress': 'l', 'family': 6, 'socketPath': '/s'},
        {'hostname': 'ignored', 'port': 2}, {'host': ''},
    ]
    for c in cases:
        print(('undefined' if c is None else js(c)) + ' -> ' + js(agent.getName() if c is None else agent.getName(c)))


nodehttp.run(main)
