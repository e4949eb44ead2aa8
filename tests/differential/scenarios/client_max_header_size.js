// maxHeaderSize: a response head over the limit is HPE_HEADER_OVERFLOW; a larger limit accepts it.
const http=require('http'), net=require('net');
const srv=net.createServer(s=>{s.on('data',()=>s.end('HTTP/1.1 200 OK\r\nX-Big: '+'a'.repeat(2000)+'\r\nContent-Length: 0\r\n\r\n'));});
srv.listen(0,'127.0.0.1',()=>{
  const r=http.get({host:'127.0.0.1',port:srv.address().port,maxHeaderSize:1000,agent:false});
  r.on('error',e=>console.log(e.code,e.message,e.bytesParsed));
  r.on('close',()=>{console.log('close');
    const r2=http.get({host:'127.0.0.1',port:srv.address().port,maxHeaderSize:3000,agent:false},res=>{console.log(res.statusCode, res.headers['x-big'].length); res.resume(); res.on('end',()=>srv.close());});
  });
});
