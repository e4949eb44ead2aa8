"""The HTTP/1 parser case table: valid, tricky and malformed messages.

Each case is run whole, byte by byte and split in two at every position
(tests/unit/test_parser_table.py). The expected results were recorded from
Node 24's own parser by tests/interop/gen_parser_expected.py and live in
tests/unit/test_parser_node24.json; re-run that script after editing this
table.
"""

R = "request"
S = "response"

BROWSER_HEAD = (
    b"GET /index.html?q=1 HTTP/1.1\r\nHost: www.example.com:8080\r\n"
    b"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
    b"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
    b"Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\n"
    b"Connection: keep-alive\r\nCookie: session=abcdef0123456789; theme=dark\r\n"
    b"Upgrade-Insecure-Requests: 1\r\nSec-Fetch-Dest: document\r\n\r\n")


def req(line, *headers, body=b""):
    return (line.encode("latin-1") + b"\r\n"
            + b"".join(h.encode("latin-1") + b"\r\n" for h in headers) + b"\r\n" + body)


def get(*headers, body=b""):
    return req("GET / HTTP/1.1", *headers, body=body)


def post(*headers, body=b""):
    return req("POST /p HTTP/1.1", *headers, body=body)


def res(line, *headers, body=b""):
    return req(line, *headers, body=body)


CHUNKED = "Transfer-Encoding: chunked"

CASES = [
    # --- valid requests --------------------------------------------------
    ("get-simple", R, get("Host: a")),
    ("get-no-headers", R, b"GET / HTTP/1.1\r\n\r\n"),
    ("get-browser", R, BROWSER_HEAD),
    ("get-http10", R, req("GET /x HTTP/1.0", "Host: a")),
    ("get-http10-keepalive", R, req("GET /x HTTP/1.0", "Connection: Keep-Alive")),
    ("get-connection-close", R, get("Connection: close")),
    ("get-connection-list", R, get("Connection: foo, close ,bar")),
    ("get-connection-closed-token", R, get("Connection: closed")),
    ("get-connection-close-x", R, get("Connection: close x")),
    ("get-proxy-connection-close", R, get("Proxy-Connection: close")),
    ("get-connection-tab", R, get("Connection:\tclose\t")),
    ("get-http20", R, req("GET / HTTP/2.0", "Host: a")),
    ("get-http09", R, b"GET /\r\n\r\n"),
    ("get-http09-lf", R, b"GET /x\n\r\n"),
    ("options-star", R, req("OPTIONS * HTTP/1.1")),
    ("absolute-url", R, req("GET http://user:pw@example.com:80/p/a?q=1&r=2#frag HTTP/1.1")),
    ("absolute-url-ipv6", R, req("GET http://[::1]:8080/ HTTP/1.1")),
    ("url-query-qmarks", R, req("GET /a?b?c=d#e?f#g HTTP/1.1")),
    ("url-odd-chars", R, req("GET /a\"<>[\\]^`{|}~'!$&()*+,;=:@ HTTP/1.1")),
    ("connect", R, req("CONNECT example.com:443 HTTP/1.1", "Host: example.com:443", body=b"\x16\x03\x01rest")),
    ("connect-no-rest", R, req("CONNECT example.com:443 HTTP/1.1")),
    ("spaces-around-url", R, b"GET   /x   HTTP/1.1\r\n\r\n"),
    ("leading-crlf", R, b"\r\n\r\n\nGET / HTTP/1.1\r\n\r\n"),
    ("header-no-space", R, get("Host:a")),
    ("header-empty-value", R, get("X-Empty:", "X-Blank:   ", "Host: a")),
    ("header-trailing-ws", R, get("X-A: v  \t ", "X-B:\t v")),
    ("header-obs-text", R, get("X-Obs: caf\xe9 \x80\xff")),
    ("header-internal-ws", R, get("X-A: a  b\tc")),
    ("header-case-kept", R, get("hOsT: A", "X-UPPER: B")),
    ("header-token-chars", R, get("!#$%&'*+-.^_`|~09azAZ: v")),
    ("header-dup", R, get("X-A: 1", "X-A: 2", "x-a: 3")),
    ("header-many", R, get(*["X-H%d: %d" % (i, i) for i in range(40)])),
    ("header-value-colons", R, get("X-A: a:b::c")),
    ("cl-body", R, post("Content-Length: 5", body=b"hello")),
    ("cl-zero", R, post("Content-Length: 0")),
    ("cl-ws", R, post("Content-Length:   3  \t", body=b"abc")),
    ("cl-leading-zeros", R, post("Content-Length: 0003", body=b"abc")),
    ("cl-max", R, post("Content-Length: 18446744073709551615", body=b"ab")),
    ("pipelined", R, get("Host: a") + post("Content-Length: 2", body=b"hi") + get("Host: b")),
    ("pipelined-crlf-between", R, get("Host: a") + b"\r\n" + get("Host: b")),
    ("chunked", R, post(CHUNKED, body=b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")),
    ("chunked-upper-hex", R, post(CHUNKED, body=b"A\r\n0123456789\r\n0\r\n\r\n")),
    ("chunked-leading-zeros", R, post(CHUNKED, body=b"0005\r\nhello\r\n000\r\n\r\n")),
    ("chunked-ext", R, post(CHUNKED, body=b"5;a=b;c;d=\"x y\"\r\nhello\r\n0;last\r\n\r\n")),
    ("chunked-ext-quoted-pair", R, post(CHUNKED, body=b"5;a=\"q\\\"x\\\\\"\r\nhello\r\n0\r\n\r\n")),
    ("chunked-trailers", R, post(CHUNKED, "Trailer: X-T", body=b"3\r\nabc\r\n0\r\nX-T: 1\r\nX-U:  2 \r\n\r\n")),
    ("chunked-te-case", R, post("Transfer-Encoding: ChUnKeD", body=b"1\r\na\r\n0\r\n\r\n")),
    ("chunked-te-list", R, post("Transfer-Encoding: gzip, chunked", body=b"1\r\na\r\n0\r\n\r\n")),
    ("chunked-te-two-headers", R, post("Transfer-Encoding: gzip", "Transfer-Encoding: chunked",
                                       body=b"1\r\na\r\n0\r\n\r\n")),
    ("chunked-te-trailing-space", R, post("Transfer-Encoding: chunked  ", body=b"0\r\n\r\n")),
    ("chunked-then-get", R, post(CHUNKED, body=b"2\r\nhi\r\n0\r\n\r\n") + get("Host: a")),
    ("upgrade-websocket", R, get("Host: a", "Connection: Upgrade", "Upgrade: websocket", body=b"\x81\x00frame")),
    ("upgrade-keepalive-list", R, get("Connection: keep-alive, Upgrade", "Upgrade: h2c")),
    ("upgrade-no-connection", R, get("Upgrade: websocket", body=b"")),
    ("upgrade-empty-value", R, get("Connection: upgrade", "Upgrade:")),
    ("upgrade-with-body", R, post("Connection: upgrade", "Upgrade: foo", "Content-Length: 3", body=b"abcXYZ")),
    # Node ignores parse errors while parser.upgrade is set, even at EOF
    ("upgrade-bad-chunked-body", R, post("Connection: upgrade", "Upgrade: foo", CHUNKED, body=b"2\r\nzzXX\r\n0\r\n\r\n")),
    ("upgrade-body-cut-by-eof", R, post("Connection: upgrade", "Upgrade: foo", "Content-Length: 9", body=b"abc")),
    ("method-purge", R, req("PURGE /x HTTP/1.1")),
    ("method-msearch", R, req("M-SEARCH * HTTP/1.1")),
    ("method-propfind", R, req("PROPFIND /x HTTP/1.1")),
    ("method-query", R, req("QUERY /x HTTP/1.1")),
    ("method-source-ice", R, req("SOURCE /x ICE/1.0")),
    ("method-get-rtsp", R, req("GET /x RTSP/1.0")),
    ("method-describe-rtsp", R, req("DESCRIBE /x RTSP/1.0")),
    ("method-delete", R, req("DELETE /x HTTP/1.1")),
    ("method-patch", R, req("PATCH /x HTTP/1.1", "Content-Length: 1", body=b"x")),
    # --- malformed requests ----------------------------------------------
    ("bad-method-lower", R, b"get / HTTP/1.1\r\n\r\n"),
    ("bad-method-gxt", R, b"GXT / HTTP/1.1\r\n\r\n"),
    ("bad-method-get-underscore", R, b"GET_X / HTTP/1.1\r\n\r\n"),
    ("bad-method-empty", R, b" / HTTP/1.1\r\n\r\n"),
    ("bad-method-nospace", R, b"GET/ HTTP/1.1\r\n\r\n"),
    ("bad-method-tab", R, b"GET\t/ HTTP/1.1\r\n\r\n"),
    ("bad-method-binary", R, b"\x16\x03\x01\x02\x00\x01\x00"),
    ("bad-method-describe-http", R, req("DESCRIBE /x HTTP/1.1")),
    ("bad-method-post-ice", R, req("POST /x ICE/1.0")),
    ("bad-url-empty", R, b"GET  HTTP/1.1\r\n\r\n"),
    ("bad-url-crlf", R, b"GET \r\n\r\n"),
    ("bad-url-tab", R, b"GET /a\tb HTTP/1.1\r\n\r\n"),
    ("bad-url-formfeed", R, b"GET /a\x0cb HTTP/1.1\r\n\r\n"),
    ("bad-url-ctl", R, b"GET /a\x01b HTTP/1.1\r\n\r\n"),
    ("bad-url-del", R, b"GET /a\x7fb HTTP/1.1\r\n\r\n"),
    ("bad-url-utf8", R, b"GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n"),
    ("bad-url-query-ctl", R, b"GET /a?b\x01 HTTP/1.1\r\n\r\n"),
    ("bad-url-fragment-ctl", R, b"GET /a#b\x01 HTTP/1.1\r\n\r\n"),
    ("bad-url-start", R, b"GET %2F HTTP/1.1\r\n\r\n"),
    ("bad-url-schema-char", R, b"GET ht+tp://a/ HTTP/1.1\r\n\r\n"),
    ("bad-url-schema-slash", R, b"GET http:/a HTTP/1.1\r\n\r\n"),
    ("bad-url-schema-space", R, b"GET http: HTTP/1.1\r\n\r\n"),
    ("bad-url-server-char", R, b"GET http://a#b/ HTTP/1.1\r\n\r\n"),
    ("bad-url-double-at", R, b"GET http://a@b@c/ HTTP/1.1\r\n\r\n"),
    ("bad-url-cr-no-lf", R, b"GET /x\rY HTTP/1.1\r\n\r\n"),
    ("bad-connect-path", R, b"CONNECT /x HTTP/1.1\r\n\r\n"),
    ("bad-proto", R, b"GET / FOO/1.1\r\n\r\n"),
    ("bad-proto-http-lower", R, b"GET / http/1.1\r\n\r\n"),
    ("bad-proto-httx", R, b"GET / HTTX/1.1\r\n\r\n"),
    ("bad-proto-no-slash", R, b"GET / HTTP1.1\r\n\r\n"),
    ("bad-version-major", R, b"GET / HTTP/a.1\r\n\r\n"),
    ("bad-version-dot", R, b"GET / HTTP/1,1\r\n\r\n"),
    ("bad-version-minor", R, b"GET / HTTP/1.x\r\n\r\n"),
    ("bad-version-3", R, b"GET / HTTP/3.0\r\n\r\n"),
    ("bad-version-12", R, b"GET / HTTP/1.2\r\n\r\n"),
    ("bad-version-10digits", R, b"GET / HTTP/1.10\r\n\r\n"),
    ("bad-version-trailing-space", R, b"GET / HTTP/1.1 \r\n\r\n"),
    ("bad-version-lf", R, b"GET / HTTP/1.1\n\r\n"),
    ("bad-version-cr-only", R, b"GET / HTTP/1.1\rHost: a\r\n\r\n"),
    ("bad-version-missing", R, b"GET / \r\n\r\n"),
    ("pri-preface", R, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04"),
    ("pri-bad-preface", R, b"PRI * HTTP/2.0\r\n\r\nXX\r\n\r\n"),
    ("pri-http11", R, b"PRI * HTTP/1.1\r\n\r\n"),
    ("bad-space-after-start", R, b"GET / HTTP/1.1\r\n Host: a\r\n\r\n"),
    ("bad-space-before-colon", R, get("Host : a")),
    ("bad-space-before-colon-special", R, get("Content-Length : 1", body=b"x")),
    ("bad-space-before-colon-te", R, get("Transfer-Encoding : chunked")),
    ("bad-tab-before-colon", R, get("Host\t: a")),
    ("bad-header-name-char", R, get("Ho@st: a")),
    ("bad-header-name-ctl", R, get("Ho\x01st: a")),
    ("bad-header-name-utf8", R, get("H\xe9: a")),
    ("bad-header-empty-name", R, get(": a")),
    ("bad-header-no-colon", R, get("Host")),
    ("bad-header-value-nul", R, get("X-A: a\x00b")),
    ("bad-header-value-ctl", R, get("X-A: a\x01b")),
    ("bad-header-value-del", R, get("X-A: a\x7fb")),
    ("bad-header-value-bare-lf", R, b"GET / HTTP/1.1\r\nX-A: a\nX-B: b\r\n\r\n"),
    ("bad-header-value-bare-cr", R, b"GET / HTTP/1.1\r\nX-A: a\rX-B: b\r\n\r\n"),
    ("bad-header-empty-value-bare-lf", R, b"GET / HTTP/1.1\r\nX-A:\nX-B: b\r\n\r\n"),
    ("bad-header-empty-value-bare-cr", R, b"GET / HTTP/1.1\r\nX-A: \rX-B: b\r\n\r\n"),
    ("bad-obs-fold", R, b"GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n"),
    ("bad-obs-fold-tab", R, b"GET / HTTP/1.1\r\nX-A: a\r\n\tb\r\n\r\n"),
    ("bad-obs-fold-empty", R, b"GET / HTTP/1.1\r\nX-A:\r\n b\r\n\r\n"),
    ("bad-bare-lf-end", R, b"GET / HTTP/1.1\r\nHost: a\r\n\n"),
    ("bad-bare-lf-line", R, b"GET / HTTP/1.1\nHost: a\n\n"),
    ("bad-headers-cr-no-lf", R, b"GET / HTTP/1.1\r\nHost: a\r\n\rX"),
    ("bad-cl-te", R, post("Content-Length: 5", CHUNKED, body=b"0\r\n\r\n")),
    ("bad-te-cl", R, post(CHUNKED, "Content-Length: 5", body=b"0\r\n\r\n")),
    ("bad-cl-dup", R, post("Content-Length: 1", "Content-Length: 2", body=b"ab")),
    ("bad-cl-dup-same", R, post("Content-Length: 1", "Content-Length: 1", body=b"a")),
    ("bad-cl-list", R, post("Content-Length: 1, 1", body=b"a")),
    ("bad-cl-char", R, post("Content-Length: 1x", body=b"a")),
    ("bad-cl-negative", R, post("Content-Length: -1")),
    ("bad-cl-plus", R, post("Content-Length: +1", body=b"a")),
    ("bad-cl-inner-space", R, post("Content-Length: 1 2", body=b"a")),
    ("bad-cl-empty", R, post("Content-Length:", "Host: a")),
    ("bad-cl-blank", R, post("Content-Length:   ", "Host: a")),
    ("bad-cl-overflow", R, post("Content-Length: 18446744073709551616")),
    ("bad-cl-hex", R, post("Content-Length: 0x10")),
    ("bad-te-not-last", R, post("Transfer-Encoding: chunked, gzip", body=b"0\r\n\r\n")),
    ("bad-te-gzip", R, post("Transfer-Encoding: gzip", body=b"abc")),
    ("bad-te-twice-chunked", R, post(CHUNKED, CHUNKED, body=b"0\r\n\r\n")),
    ("bad-te-chunked-tab", R, post("Transfer-Encoding: chunked\t", body=b"0\r\n\r\n")),
    ("bad-te-chunkedx", R, post("Transfer-Encoding: chunkedx", body=b"0\r\n\r\n")),
    ("bad-te-empty", R, post("Transfer-Encoding:", "Content-Length: 1", body=b"a")),
    ("bad-chunk-size-char", R, post(CHUNKED, body=b"x\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-empty", R, post(CHUNKED, body=b"\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-overflow", R, post(CHUNKED, body=b"1ffffffffffffffff\r\nx\r\n")),
    ("bad-chunk-size-space", R, post(CHUNKED, body=b"5 \r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-tab", R, post(CHUNKED, body=b"5\t\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-bare-lf", R, post(CHUNKED, body=b"5\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-cr-no-lf", R, post(CHUNKED, body=b"5\rhello\r\n0\r\n\r\n")),
    ("bad-chunk-size-negative", R, post(CHUNKED, body=b"-5\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-data-no-crlf", R, post(CHUNKED, body=b"5\r\nhelloX\r\n0\r\n\r\n")),
    ("bad-chunk-data-bare-lf", R, post(CHUNKED, body=b"5\r\nhello\n0\r\n\r\n")),
    ("bad-chunk-data-cr-no-lf", R, post(CHUNKED, body=b"5\r\nhello\rX0\r\n\r\n")),
    ("bad-chunk-ext-space", R, post(CHUNKED, body=b"5; a=b\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-empty-cr", R, post(CHUNKED, body=b"5;\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-name-char", R, post(CHUNKED, body=b"5;a@b\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-name-lf", R, post(CHUNKED, body=b"5;a\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-value-char", R, post(CHUNKED, body=b"5;a=b c\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-value-lf", R, post(CHUNKED, body=b"5;a=b\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-quoted-ctl", R, post(CHUNKED, body=b"5;a=\"b\x01\"\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-quoted-pair", R, post(CHUNKED, body=b"5;a=\"b\\\x01\"\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-after-quote", R, post(CHUNKED, body=b"5;a=\"b\"c\r\nhello\r\n0\r\n\r\n")),
    ("bad-chunk-ext-quote-lf", R, post(CHUNKED, body=b"5;a=\"b\"\nhello\r\n0\r\n\r\n")),
    ("bad-trailer-space-colon", R, post(CHUNKED, body=b"0\r\nX-T : 1\r\n\r\n")),
    ("bad-trailer-obs-fold", R, post(CHUNKED, body=b"0\r\nX-T: 1\r\n 2\r\n\r\n")),
    ("bad-data-after-close", R, get("Connection: close") + get("Host: a")),
    ("data-after-close-crlf", R, get("Connection: close") + b"\r\n\r\n"),
    ("bad-http10-data-after", R, req("GET / HTTP/1.0") + b"GET / HTTP/1.0\r\n\r\n"),
    ("eof-mid-head", R, b"GET / HTTP/1.1\r\nHost: a\r\n"),
    ("eof-mid-body", R, post("Content-Length: 10", body=b"abc")),
    ("eof-mid-chunk", R, post(CHUNKED, body=b"5\r\nhel")),
    ("eof-after-crlf-only", R, b"\r\n\r\n"),
    ("eof-empty-after-message", R, get("Host: a") + b"\r\n"),
    # --- responses -------------------------------------------------------
    ("res-200-cl", S, res("HTTP/1.1 200 OK", "Content-Length: 5", body=b"hello")),
    ("res-200-chunked", S, res("HTTP/1.1 200 OK", CHUNKED, body=b"5\r\nhello\r\n0\r\nX-T: v\r\n\r\n")),
    ("res-200-eof-body", S, res("HTTP/1.1 200 OK", "Content-Type: text/plain", body=b"all of it")),
    ("res-200-te-gzip", S, res("HTTP/1.1 200 OK", "Transfer-Encoding: gzip", body=b"zzz")),
    ("res-200-te-chunked-gzip", S, res("HTTP/1.1 200 OK", "Transfer-Encoding: chunked, gzip", body=b"zzz")),
    ("res-204-cl", S, res("HTTP/1.1 204 No Content", "Content-Length: 5") + res("HTTP/1.1 200 OK", "Content-Length: 0")),
    ("res-304", S, res("HTTP/1.1 304 Not Modified", "ETag: x") + res("HTTP/1.1 200 OK", "Content-Length: 1", body=b"a")),
    ("res-100-continue", S, res("HTTP/1.1 100 Continue") + res("HTTP/1.1 200 OK", "Content-Length: 2", body=b"ok")),
    ("res-102-103", S, res("HTTP/1.1 102 Processing") + res("HTTP/1.1 103 Early Hints", "Link: </a>")
     + res("HTTP/1.1 200 OK", "Content-Length: 0")),
    ("res-101-upgrade", S, res("HTTP/1.1 101 Switching Protocols", "Connection: Upgrade", "Upgrade: websocket",
                               body=b"\x81\x02hi")),
    ("res-101-no-headers", S, res("HTTP/1.1 101 Switching Protocols", body=b"rest")),
    ("res-200-upgrade-headers", S, res("HTTP/1.1 200 OK", "Connection: upgrade", "Upgrade: h2c",
                                       "Content-Length: 1", body=b"x")),
    ("res-http10-keepalive", S, res("HTTP/1.0 200 OK", "Connection: keep-alive", "Content-Length: 1", body=b"x")),
    ("res-http10-close", S, res("HTTP/1.0 200 OK", "Content-Length: 1", body=b"x")),
    ("res-no-reason", S, b"HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n"),
    ("res-empty-reason", S, b"HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n"),
    ("res-reason-odd", S, b"HTTP/1.1 404 Not  Found \x01\xff\r\nContent-Length: 0\r\n\r\n"),
    ("res-status-999", S, b"HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n"),
    ("res-status-000", S, b"HTTP/1.1 000 Zero\r\nContent-Length: 0\r\n\r\n"),
    ("res-rtsp", S, b"RTSP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"),
    ("res-ice", S, b"ICE/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"),
    ("res-connection-close", S, res("HTTP/1.1 200 OK", "Connection: close", "Content-Length: 1", body=b"x")),
    ("res-close-then-data", S, res("HTTP/1.1 200 OK", "Connection: close", "Content-Length: 1", body=b"xJUNK")),
    ("res-leading-crlf", S, b"\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
    ("res-150-cl", S, res("HTTP/1.1 150 X", "Content-Length: 2", body=b"ab")),
    ("bad-res-status-4digits", S, b"HTTP/1.1 2000 OK\r\n\r\n"),
    ("bad-res-status-2digits", S, b"HTTP/1.1 20 OK\r\n\r\n"),
    ("bad-res-status-alpha", S, b"HTTP/1.1 2x0 OK\r\n\r\n"),
    ("bad-res-status-noreason-sep", S, b"HTTP/1.1 200OK\r\n\r\n"),
    ("bad-res-double-space", S, b"HTTP/1.1  200 OK\r\n\r\n"),
    ("bad-res-proto", S, b"HTTX/1.1 200 OK\r\n\r\n"),
    ("bad-res-proto-lower", S, b"http/1.1 200 OK\r\n\r\n"),
    ("bad-res-version", S, b"HTTP/1.2 200 OK\r\n\r\n"),
    ("bad-res-version-dot", S, b"HTTP/11 200 OK\r\n\r\n"),
    ("bad-res-bare-lf-status", S, b"HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n"),
    ("bad-res-bare-lf-nostatus", S, b"HTTP/1.1 200\nContent-Length: 0\r\n\r\n"),
    ("bad-res-cr-no-lf", S, b"HTTP/1.1 200 OK\rX\r\n\r\n"),
    ("bad-res-space-after-start", S, b"HTTP/1.1 200 OK\r\n X: y\r\n\r\n"),
    ("bad-res-cl-te", S, res("HTTP/1.1 200 OK", "Content-Length: 1", CHUNKED, body=b"0\r\n\r\n")),
    ("bad-res-header-value", S, res("HTTP/1.1 200 OK", "X-A: \x01", "Content-Length: 0")),
    ("bad-res-chunk", S, res("HTTP/1.1 200 OK", CHUNKED, body=b"zz\r\n")),
    ("bad-res-empty", S, b"\x00HTTP/1.1 200 OK\r\n\r\n"),
    ("eof-res-mid-head", S, b"HTTP/1.1 200 OK\r\nContent-Len"),
    ("eof-res-mid-cl", S, res("HTTP/1.1 200 OK", "Content-Length: 9", body=b"abc")),
    # --- lenient (insecureHTTPParser) ------------------------------------
    ("lenient-obs-fold", R, b"GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n", {"lenient": True}),
    ("lenient-bare-lf", R, b"GET / HTTP/1.1\nHost: a\n\n", {"lenient": True}),
    ("lenient-value-ctl", R, get("X-A: a\x01b"), {"lenient": True}),
    ("lenient-cl-te", R, post("Content-Length: 5", CHUNKED, body=b"0\r\n\r\n"), {"lenient": True}),
    ("lenient-te-gzip", R, post("Transfer-Encoding: gzip", body=b"abc"), {"lenient": True}),
    ("lenient-version", R, b"GET / HTTP/3.7\r\n\r\n", {"lenient": True}),
    ("lenient-data-after-close", R, get("Connection: close") + get("Host: a"), {"lenient": True}),
    ("lenient-chunk-no-crlf", R, post(CHUNKED, body=b"5\r\nhelloX\r\n0\r\n\r\n"), {"lenient": True}),
    ("lenient-chunk-size-space", R, post(CHUNKED, body=b"5  \r\nhello\r\n0\r\n\r\n"), {"lenient": True}),
    ("lenient-space-after-start", R, b"GET / HTTP/1.1\r\n Host: a\r\n\r\n", {"lenient": True}),
    ("lenient-special-space-colon", R, get("Content-Length : 1", body=b"x"), {"lenient": True}),
    ("lenient-cr-no-lf-headers", R, b"GET / HTTP/1.1\r\nHost: a\r\n\rX", {"lenient": True}),
    ("lenient-fold-connection-keyword-first", R, b"GET / HTTP/1.1\r\nConnection: close\r\n foo\r\n\r\n", {"lenient": True}),
    ("lenient-fold-connection-keyword-later", R, b"GET / HTTP/1.1\r\nConnection: foo\r\n close\r\n\r\n", {"lenient": True}),
    ("lenient-fold-connection-after-junk", R, b"GET / HTTP/1.1\r\nConnection: closed\r\n close\r\n\r\n", {"lenient": True}),
    ("lenient-fold-te", R, b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n ,chunked\r\n\r\n0\r\n\r\n", {"lenient": True}),
    ("lenient-fold-te-chunked-first", R, b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n x\r\n\r\n0\r\n\r\n", {"lenient": True}),
    ("lenient-fold-content-length", R, b"POST / HTTP/1.1\r\nContent-Length: 1\r\n 2\r\n\r\nab", {"lenient": True}),
    ("lenient-connection-ctl", R, b"GET / HTTP/1.0\r\nConnection: keep-alive,\x01x, close\r\n\r\n", {"lenient": True}),
    ("lenient-res-bare-lf", S, b"HTTP/1.1 200 OK\nContent-Length: 1\n\nx", {"lenient": True}),
    # --- httpValidation: 'relaxed' (kLenientHeaderValueRelaxed) ----------
    ("relaxed-value-ctl", R, get("X-A: a\x01b\x7f\x1fc"), {"relaxed": True}),
    ("relaxed-value-ctl-first", R, get("X-A:\x0bb"), {"relaxed": True}),
    ("relaxed-connection-cut", R, req("GET / HTTP/1.0", "Connection: keep-alive\x01, close"), {"relaxed": True}),
    ("relaxed-te-cut", R, post("Transfer-Encoding: chunked\x01", body=b"0\r\n\r\n"), {"relaxed": True}),
    ("relaxed-cl-ctl", R, post("Content-Length: 1\x01", body=b"a"), {"relaxed": True}),
    ("relaxed-bare-lf-after-ctl", R, b"GET / HTTP/1.1\r\nX-A: a\x01\nX: y\r\n\r\n", {"relaxed": True}),
    ("relaxed-obs-fold", R, b"GET / HTTP/1.1\r\nX-A: a\r\n b\r\n\r\n", {"relaxed": True}),
    ("relaxed-url-ctl", R, b"GET /\x01 HTTP/1.1\r\n\r\n", {"relaxed": True}),
    ("relaxed-response", S, res("HTTP/1.1 200 OK", "X-A: \x01", "Content-Length: 0"), {"relaxed": True}),
    # --- header count: Node 24 refuses request fields beyond maxHeaderPairs / 2
    ("pairs-at-limit", R, get("A: 1", "B: 2", "C: 3"), {"pairs": 6}),
    ("pairs-over-limit", R, get("A: 1", "B: 2", "C: 3"), {"pairs": 4}),
    ("pairs-odd-limit", R, get("A: 1", "B: 2", "C: 3"), {"pairs": 5}),
    ("pairs-one", R, get("A: 1"), {"pairs": 1}),
    ("pairs-default-1000", R, get(*["H%d: %d" % (i, i) for i in range(1000)]), {"pairs": 2000}),
    ("pairs-default-1001", R, get(*["H%d: %d" % (i, i) for i in range(1001)]), {"pairs": 2000}),
    ("pairs-trailers", R, post(CHUNKED, "X: 1", body=b"0\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"), {"pairs": 4}),
    ("pairs-trailers-ok", R, post(CHUNKED, "X: 1", body=b"0\r\nA: 1\r\nB: 2\r\n\r\n"), {"pairs": 4}),
    ("pairs-response-not-limited", S, res("HTTP/1.1 200 OK", "A: 1", "B: 2", "C: 3", "Content-Length: 0"), {"pairs": 4}),
    ("pairs-and-size", R, get("A: 1", "B: 2", "C: 333333333333"), {"pairs": 4, "max": 20}),
    ("pairs-bad-colon-special", R, get("A: 1", "B: 2", "Upgrade : x"), {"pairs": 4}),
    # --- on_headers_complete return values (HEAD responses, upgrades) -----
    ("hc1-head-response", S, res("HTTP/1.1 200 OK", "Content-Length: 5") + res("HTTP/1.1 200 OK", "Content-Length: 5"),
     {"hc": 1}),
    ("hc1-head-response-chunked", S, res("HTTP/1.1 200 OK", CHUNKED) + res("HTTP/1.1 204 OK"), {"hc": 1}),
    ("hc2-upgrade-request-body", R, post("Connection: upgrade", "Upgrade: foo", "Content-Length: 3", body=b"abcXYZ"),
     {"hc": 2}),
    ("hc2-plain-request", R, get("Host: a", body=b"GET / HTTP/1.1\r\n\r\n"), {"hc": 2}),
    # --- limits ------------------------------------------------------------
    ("max-header-size-url", R, req("GET /" + "a" * 60 + " HTTP/1.1"), {"max": 64}),
    ("max-header-size-value", R, get("X-A: " + "v" * 70), {"max": 64}),
    ("max-header-size-name", R, get("X-" + "n" * 70 + ": v"), {"max": 64}),
    ("max-header-size-many", R, get(*["X-%02d: vv" % i for i in range(12)]), {"max": 64}),
    ("max-header-size-status", S, b"HTTP/1.1 200 " + b"r" * 70 + b"\r\n\r\n", {"max": 64}),
    ("max-header-size-trailers", R, post(CHUNKED, body=b"0\r\nX-T: " + b"t" * 70 + b"\r\n\r\n"), {"max": 64}),
    ("max-header-size-ok-head", R, get("X-A: " + "v" * 40), {"max": 64}),
    # Node counts URL, status text, field names and values; error when the
    # count reaches maxHeaderSize: spans of max-1 pass, max and max+1 fail.
    ("max-boundary-url-63", R, req("GET /" + "u" * 62 + " HTTP/1.1"), {"max": 64}),
    ("max-boundary-url-64", R, req("GET /" + "u" * 63 + " HTTP/1.1"), {"max": 64}),
    ("max-boundary-url-65", R, req("GET /" + "u" * 64 + " HTTP/1.1"), {"max": 64}),
    ("max-boundary-value-63", R, req("GET / HTTP/1.1", "X: " + "v" * 61), {"max": 64}),
    ("max-boundary-value-64", R, req("GET / HTTP/1.1", "X: " + "v" * 62), {"max": 64}),
    ("max-boundary-value-65", R, req("GET / HTTP/1.1", "X: " + "v" * 63), {"max": 64}),
    ("max-boundary-status-63", S, b"HTTP/1.1 200 " + b"r" * 63 + b"\r\n\r\n", {"max": 64}),
    ("max-boundary-status-64", S, b"HTTP/1.1 200 " + b"r" * 64 + b"\r\n\r\n", {"max": 64}),
    ("max-boundary-default-16383", R, req("GET /" + "u" * 16382 + " HTTP/1.1")),
    ("max-boundary-default-16384", R, req("GET /" + "u" * 16383 + " HTTP/1.1")),
    ("max-boundary-default-16385", R, req("GET /" + "u" * 16384 + " HTTP/1.1")),
    ("max-boundary-default-headers", R, req("GET / HTTP/1.1", *["X-%03d: %s" % (i, "v" * 150) for i in range(105)])),
    ("max-boundary-trailers-64", R, post(CHUNKED, body=b"0\r\nX: " + b"t" * 63 + b"\r\n\r\n"), {"max": 64}),
    ("max-boundary-trailers-63", R, post(CHUNKED, body=b"0\r\nX: " + b"t" * 62 + b"\r\n\r\n"), {"max": 64}),
    ("chunk-ext-overflow", R, post(CHUNKED, body=b"1;a=" + b"x" * 16390 + b"\r\nx\r\n0\r\n\r\n")),
]


# --- running a case --------------------------------------------------------

LONG = 3000


def case_opts(case):
    return case[3] if len(case) > 3 else {}


def splits(data):
    """Whole, byte by byte, and split in two at every position."""
    yield "whole", [data]
    if len(data) > 1:
        yield "bytewise", [data[i:i + 1] for i in range(len(data))]
        for i in range(1, len(data)):
            yield "split%d" % i, [data[:i], data[i:]]


def split_variants(data):
    """The split variants run for an input (long inputs: a sample)."""
    if len(data) <= LONG:
        return list(splits(data))
    pos = sorted(set(list(range(1, 40)) + list(range(len(data) - 40, len(data)))
                     + list(range(40, len(data) - 40, 509))))
    return [("whole", [data])] + [("split%d" % i, [data[:i], data[i:]]) for i in pos]


def merge_bodies(events):
    out = []
    for e in events:
        if e[0] == "body" and out and out[-1][0] == "body":
            out[-1] = ["body", out[-1][1] + e[1]]
        elif e[0] == "body" and e[1] == "":
            continue
        else:
            out.append(e)
    return out


def run_ours(case):
    """A case (type, chunks, eof, lenient, max, hc) through nodehttp's parser,
    normalised like Node's results in tests/interop/parser_oracle.py: events
    as lists, adjacent bodies merged, an error as [code, reason, absolute
    position] (or "eof" for one raised by feed_eof())."""
    from nodehttp.http import parser as P
    cls = P.ResponseParser if case.get("type") == "response" else P.RequestParser
    # max_header_pairs: Node's bare HTTPParser has none unless told (the
    # oracle), its servers 2000; "pairs" in a case sets it.
    kw = {"lenient": case.get("lenient", False), "relaxed": case.get("relaxed", False),
          "max_header_pairs": case.get("pairs", 0)}
    if case.get("max"):
        kw["max_header_size"] = case["max"]
    p = cls(**kw)
    hc = case.get("hc", 0)
    if hc:
        p.on_headers_complete = lambda ev: hc
    evs = []
    error = None
    off = 0
    upgraded = False
    for ch in case["chunks"]:
        try:
            got = p.feed(ch)
        except P.ParseError as e:
            evs.extend(e.events)
            error = [e.code, e.reason, off + e.bytesParsed]
            assert e.rawPacket == ch and e.message == "Parse Error: " + e.reason
            break
        evs.extend(got)
        upgraded = upgraded or any(type(x) is P.Upgrade for x in got)
        off += len(ch)
    else:
        if case.get("eof", True) and not upgraded:
            try:
                evs.extend(p.feed_eof())
            except P.ParseError as e:
                error = [e.code, e.reason, "eof"]
    out = []
    up = None
    for e in evs:
        t = type(e)
        if t is P.HeadersComplete:
            out.append(["hc", e.method, e.url, e.status_code, e.reason,
                        e.version_major, e.version_minor, e.raw_headers,
                        e.upgrade, e.keep_alive])
        elif t is P.Body:
            out.append(["body", e.data.decode("latin-1")])
        elif t is P.MessageComplete:
            out.append(["mc", e.raw_trailers])
        elif t is P.Upgrade:
            if up is None:
                up = ["upgrade", ""]
                out.append(up)
            up[1] += e.data.decode("latin-1")
    return {"events": merge_bodies(out), "error": error}
