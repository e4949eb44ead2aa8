# Agent option defaults, and the global agent's defaults in Node 24.
import nodehttp
import nodehttp as http
from _client_util import js, s


def show(label, a):
    print(label + ' keepAlive=' + s(a.keepAlive) + ' keepAliveMsecs=' + s(a.keepAliveMsecs) + ' maxSockets=' + s(a.maxSockets)
          + ' maxFreeSockets=' + s(a.maxFreeSockets) + ' maxTotalSockets=' + s(a.maxTotalSockets) + ' scheduling=' + a.scheduling
          + ' defaultPort=' + s(a.defaultPort) + ' protocol=' + a.protocol + ' totalSocketCount=' + s(a.totalSocketCount)
          + ' agentKeepAliveTimeoutBuffer=' + s(a.agentKeepAliveTimeoutBuffer) + ' options=' + js(a.options)
          + ' sockets=' + js(a.sockets) + ' freeSockets=' + js(a.freeSockets) + ' requests=' + js(a.requests))


def main():
    show('global', http.globalAgent)
    show('default', http.Agent())
    show('custom', http.Agent({'keepAlive': True, 'keepAliveMsecs': 500, 'maxSockets': 3, 'maxFreeSockets': 2,
                               'maxTotalSockets': 7, 'scheduling': 'fifo', 'timeout': 100, 'defaultPort': 8080,
                               'protocol': 'http:', 'agentKeepAliveTimeoutBuffer': 50, 'foo': 'bar'}))
    print('instanceof ' + s(isinstance(http.globalAgent, http.Agent)))
    for bad in [{'scheduling': 'random'}, {'maxSockets': 0}, {'maxTotalSockets': 0}, {'maxTotalSockets': 'x'},
                {'maxSockets': -1}]:
        try:
            http.Agent(bad)
            print(js(bad) + ' ok')
        except Exception as e:  # noqa: BLE001
            print('%s %s %s %s' % (js(bad), e.name, e.code, js(e.message)))


nodehttp.run(main)
