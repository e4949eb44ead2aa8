// A Duplex that is not a socket, injected with server.emit('connection') (http.md Event: 'connection').
const http=require('http'); const {Duplex}=require('stream');
const server=http.createServer((req,res)=>{console.log('request',req.url,req.socket===d);res.end('ok');});
const out=[];
const d=new Duplex({read(){}, write(chunk,enc,cb){out.push(chunk.toString('latin1'));cb();}, final(cb){console.log('final');cb();}});
d.on('close',()=>console.log('duplex close'));
d.on('finish',()=>console.log('duplex finish', JSON.stringify(out.join('').replace(/Date: [^\r]*\r\n/,''))));
server.emit('connection', d);
d.push('GET /inj HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
