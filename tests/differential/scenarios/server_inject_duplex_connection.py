# A Duplex that is not a socket, injected with server.emit('connection') (http.md Event: 'connection').
import json, re
import nodehttp as http
from nodehttp.stream import Duplex
def main():
    out=[]
    box={}
    def on_req(req,res):
        print('request', req.url, json.dumps(req.socket is box['d']))
        res.end('ok')
    server=http.createServer(on_req)
    def write(chunk, enc, cb):
        out.append(chunk.decode('latin-1')); cb()
    def final(cb):
        print('final'); cb()
    d=Duplex({'read': lambda n: None, 'write': write, 'final': final})
    box['d']=d
    d.on('close', lambda: print('duplex close'))
    d.on('finish', lambda: print('duplex finish', json.dumps(re.sub(r'Date: [^\r]*\r\n','',''.join(out)))))
    server.emit('connection', d)
    d.push(b'GET /inj HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
http.run(main)
