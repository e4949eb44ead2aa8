"""HTTP/2 frames (RFC 9113 §4, §6; RFC 7838; RFC 8336): one case table.

Each well-formed case is (frame object, wire hex): serializing gives the
bytes, parsing the bytes gives the frame, whole, one byte at a time, and in
every two-piece split. Each malformed case gives the RFC's error code and
kind (connection error -> GOAWAY, stream error -> RST_STREAM).
"""

import pytest
from hypothesis import given, settings, strategies as st

from nodehttp.http2 import frames as F
from nodehttp.http2.exceptions import ErrorCode, H2ConnectionError, H2Error, H2StreamError


def hdr(length, ftype, flags, sid):
    return (length.to_bytes(3, 'big') + bytes([ftype, flags]) + sid.to_bytes(4, 'big')).hex()


GOOD = [
    ('DATA', F.DataFrame(1, b'hello'), hdr(5, 0, 0, 1) + b'hello'.hex()),
    ('DATA end_stream', F.DataFrame(3, b'', F.FLAG_END_STREAM), hdr(0, 0, 1, 3)),
    ('DATA padded', F.DataFrame(1, b'ab', F.FLAG_PADDED, 3),
     hdr(6, 0, 8, 1) + '03' + '6162' + '000000'),
    ('DATA padded, empty padding', F.DataFrame(1, b'ab', F.FLAG_PADDED | 1, 0),
     hdr(3, 0, 9, 1) + '00' + '6162'),
    ('HEADERS', F.HeadersFrame(1, b'\x82\x86'), hdr(2, 1, 4, 1) + '8286'),
    ('HEADERS no END_HEADERS', F.HeadersFrame(1, b'\x82', 0), hdr(1, 1, 0, 1) + '82'),
    ('HEADERS priority', F.HeadersFrame(5, b'\x82', 0x25, 0, 3, 256, True),
     hdr(6, 1, 0x25, 5) + '80000003' + 'ff' + '82'),
    ('HEADERS padded+priority',
     F.HeadersFrame(5, b'\x82', 0x2d, 2, 1, 16, False),
     hdr(9, 1, 0x2d, 5) + '02' + '00000001' + '0f' + '82' + '0000'),
    ('PRIORITY', F.PriorityFrame(3, 1, 1, False), hdr(5, 2, 0, 3) + '00000001' + '00'),
    ('PRIORITY exclusive', F.PriorityFrame(3, 0, 220, True), hdr(5, 2, 0, 3) + '80000000' + 'db'),
    ('RST_STREAM', F.RstStreamFrame(1, ErrorCode.CANCEL), hdr(4, 3, 0, 1) + '00000008'),
    ('SETTINGS', F.SettingsFrame([(1, 4096), (2, 0), (4, 65535)]),
     hdr(18, 4, 0, 0) + '000100001000' + '000200000000' + '00040000ffff'),
    ('SETTINGS empty', F.SettingsFrame(), hdr(0, 4, 0, 0)),
    ('SETTINGS ACK', F.SettingsFrame((), F.FLAG_ACK), hdr(0, 4, 1, 0)),
    ('SETTINGS unknown id kept', F.SettingsFrame([(0x99, 7)]), hdr(6, 4, 0, 0) + '009900000007'),
    ('PUSH_PROMISE', F.PushPromiseFrame(1, 2, b'\x82'), hdr(5, 5, 4, 1) + '00000002' + '82'),
    ('PUSH_PROMISE padded', F.PushPromiseFrame(1, 4, b'\x82', 0x0c, 1),
     hdr(7, 5, 0x0c, 1) + '01' + '00000004' + '82' + '00'),
    ('PING', F.PingFrame(b'12345678'), hdr(8, 6, 0, 0) + b'12345678'.hex()),
    ('PING ACK', F.PingFrame(b'\0' * 8, F.FLAG_ACK), hdr(8, 6, 1, 0) + '00' * 8),
    ('GOAWAY', F.GoAwayFrame(7, ErrorCode.PROTOCOL_ERROR, b'bye'),
     hdr(11, 7, 0, 0) + '00000007' + '00000001' + b'bye'.hex()),
    ('WINDOW_UPDATE conn', F.WindowUpdateFrame(0, 65535), hdr(4, 8, 0, 0) + '0000ffff'),
    ('WINDOW_UPDATE stream', F.WindowUpdateFrame(1, 2 ** 31 - 1), hdr(4, 8, 0, 1) + '7fffffff'),
    ('CONTINUATION', F.ContinuationFrame(1, b'\x84'), hdr(1, 9, 4, 1) + '84'),
    ('ALTSVC stream 0', F.AltSvcFrame(0, b'https://a.example', b'h2=":443"'),
     hdr(28, 10, 0, 0) + '0011' + b'https://a.example'.hex() + b'h2=":443"'.hex()),
    ('ALTSVC on a stream', F.AltSvcFrame(3, b'', b'h2=":8000"'),
     hdr(12, 10, 0, 3) + '0000' + b'h2=":8000"'.hex()),
    ('ORIGIN', F.OriginFrame([b'https://a.example', b'https://b.example']),
     hdr(38, 12, 0, 0) + '0011' + b'https://a.example'.hex() + '0011' + b'https://b.example'.hex()),
    ('ORIGIN empty', F.OriginFrame([]), hdr(0, 12, 0, 0)),
]


def parser_for(frame):
    """A parser in the state the frame needs: CONTINUATION follows an
    open field block (§6.10)."""
    p = F.FrameParser()
    if frame.type == F.ContinuationFrame.type:
        assert p.feed(F.HeadersFrame(frame.stream_id, b'', 0).serialize())
    return p


@pytest.mark.parametrize('name, frame, wire', GOOD, ids=[g[0] for g in GOOD])
def test_frame_roundtrip(name, frame, wire):
    data = bytes.fromhex(wire)
    assert frame.serialize() == data
    assert parser_for(frame).feed(data) == [frame]


@pytest.mark.parametrize('name, frame, wire', GOOD, ids=[g[0] for g in GOOD])
def test_frame_any_split(name, frame, wire):
    data = bytes.fromhex(wire)
    for cut in range(len(data) + 1):
        p = parser_for(frame)
        assert p.feed(data[:cut]) + p.feed(data[cut:]) == [frame]
        assert p.buffered == 0
    p = parser_for(frame)
    got = []
    for i in range(len(data)):
        got += p.feed(data[i:i + 1])
    assert got == [frame]


def test_every_type_registered_once():
    assert {t: c.name for t, c in F.FRAME_TYPES.items()} == {
        0: 'DATA', 1: 'HEADERS', 2: 'PRIORITY', 3: 'RST_STREAM', 4: 'SETTINGS',
        5: 'PUSH_PROMISE', 6: 'PING', 7: 'GOAWAY', 8: 'WINDOW_UPDATE', 9: 'CONTINUATION',
        10: 'ALTSVC', 12: 'ORIGIN'}
    assert all(c.type == t for t, c in F.FRAME_TYPES.items())


def test_stream_of_all_frames_any_split():
    """All good frames back to back (CONTINUATION right after the open
    HEADERS), cut into every pair of pieces."""
    frames = [f for n, f, _ in GOOD if f.type != 9 and n != 'HEADERS no END_HEADERS']
    frames[4:4] = [F.HeadersFrame(1, b'\x82', 0), F.ContinuationFrame(1, b'\x84')]
    data = b''.join(f.serialize() for f in frames)
    assert F.FrameParser().feed(data) == frames
    for cut in range(0, len(data) + 1, 7):
        p = F.FrameParser()
        assert p.feed(data[:cut]) + p.feed(data[cut:]) == frames


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 60), max_size=30))
def test_random_splits(cuts):
    frames = [f for n, f, _ in GOOD
              if f.type != 9 and (f.type != 1 or f.flags & F.FLAG_END_HEADERS)]
    data = b''.join(f.serialize() for f in frames)
    p, got, pos = F.FrameParser(), [], 0
    for c in cuts:
        got += p.feed(data[pos:pos + c])
        pos += c
    got += p.feed(data[pos:])
    assert got == frames


def test_flags_and_properties():
    f = F.HeadersFrame(1, b'', F.FLAG_END_STREAM | F.FLAG_END_HEADERS | 0x40)
    assert f.end_stream and f.end_headers
    assert f.flag_names() == ['END_STREAM', 'END_HEADERS']
    assert F.FrameParser().feed(f.serialize())[0].flags == 0x45   # undefined flag kept
    assert F.DataFrame.make(1, b'x', end_stream=True, pad_length=2).flow_controlled_length == 4
    assert F.SettingsFrame({1: 0}).settings == [(1, 0)]
    assert F.PingFrame(b'a' * 8, F.FLAG_ACK).ack


def test_unknown_types_are_skipped():
    unknown = bytes.fromhex(hdr(3, 0xEE, 0xFF, 5)) + b'abc'
    ping = F.PingFrame(b'p' * 8)
    data = unknown + ping.serialize() + unknown
    assert F.FrameParser().feed(data) == [ping]
    for cut in range(len(data)):
        p = F.FrameParser()
        assert p.feed(data[:cut]) + p.feed(data[cut:]) == [ping]


def test_reserved_bit_ignored():
    data = bytes.fromhex(hdr(1, 0, 0, 0x80000001)) + b'x'
    assert F.FrameParser().feed(data) == [F.DataFrame(1, b'x')]


# -- malformed frames: (name, wire hex, error code, stream error?) ------------------

P, FS, FC = ErrorCode.PROTOCOL_ERROR, ErrorCode.FRAME_SIZE_ERROR, ErrorCode.FLOW_CONTROL_ERROR
BAD = [
    ('DATA on stream 0', hdr(1, 0, 0, 0) + '00', P, False),
    ('DATA padding = payload', hdr(3, 0, 8, 1) + '03' + '0000', P, False),
    ('DATA padding > payload', hdr(3, 0, 8, 1) + '09' + '0000', P, False),
    ('DATA padded, no Pad Length', hdr(0, 0, 8, 1), FS, False),
    ('HEADERS on stream 0', hdr(1, 1, 4, 0) + '82', P, False),
    ('HEADERS priority too short', hdr(3, 1, 0x24, 1) + '000000', FS, False),
    ('HEADERS padding too long', hdr(2, 1, 0x0c, 1) + '05' + '82', P, False),
    ('PRIORITY on stream 0', hdr(5, 2, 0, 0) + '0000000100', P, False),
    ('PRIORITY length 4', hdr(4, 2, 0, 1) + '00000003', FS, True),
    ('PRIORITY on itself', hdr(5, 2, 0, 3) + '0000000310', P, True),
    ('RST_STREAM on stream 0', hdr(4, 3, 0, 0) + '00000008', P, False),
    ('RST_STREAM length 3', hdr(3, 3, 0, 1) + '000008', FS, False),
    ('SETTINGS on stream 1', hdr(0, 4, 0, 1), P, False),
    ('SETTINGS length 5', hdr(5, 4, 0, 0) + '0001000010', FS, False),
    ('SETTINGS ACK with payload', hdr(6, 4, 1, 0) + '000100001000', FS, False),
    ('SETTINGS ENABLE_PUSH 2', hdr(6, 4, 0, 0) + '000200000002', P, False),
    ('SETTINGS INITIAL_WINDOW_SIZE 2^31', hdr(6, 4, 0, 0) + '000480000000', FC, False),
    ('SETTINGS MAX_FRAME_SIZE 16383', hdr(6, 4, 0, 0) + '000500003fff', P, False),
    ('SETTINGS MAX_FRAME_SIZE 2^24', hdr(6, 4, 0, 0) + '000501000000', P, False),
    ('SETTINGS ENABLE_CONNECT_PROTOCOL 2', hdr(6, 4, 0, 0) + '000800000002', P, False),
    ('PUSH_PROMISE on stream 0', hdr(4, 5, 4, 0) + '00000002', P, False),
    ('PUSH_PROMISE too short', hdr(3, 5, 4, 1) + '000000', FS, False),
    ('PUSH_PROMISE of stream 0', hdr(4, 5, 4, 1) + '00000000', P, False),
    ('PING on stream 1', hdr(8, 6, 0, 1) + '00' * 8, P, False),
    ('PING length 7', hdr(7, 6, 0, 0) + '00' * 7, FS, False),
    ('GOAWAY on stream 1', hdr(8, 7, 0, 1) + '00' * 8, P, False),
    ('GOAWAY length 7', hdr(7, 7, 0, 0) + '00' * 7, FS, False),
    ('WINDOW_UPDATE length 5', hdr(5, 8, 0, 1) + '00' * 5, FS, False),
    ('WINDOW_UPDATE 0 on connection', hdr(4, 8, 0, 0) + '00000000', P, False),
    ('WINDOW_UPDATE 0 on stream', hdr(4, 8, 0, 1) + '00000000', P, True),
    ('CONTINUATION without HEADERS', hdr(1, 9, 4, 1) + '82', P, False),
    ('CONTINUATION on stream 0', hdr(1, 1, 0, 1) + '82' + hdr(1, 9, 4, 0) + '82', P, False),
    ('CONTINUATION of another stream', hdr(1, 1, 0, 1) + '82' + hdr(1, 9, 4, 3) + '82', P, False),
    ('frame between HEADERS and CONTINUATION',
     hdr(1, 1, 0, 1) + '82' + hdr(8, 6, 0, 0) + '00' * 8, P, False),
    ('unknown frame inside a field block',
     hdr(1, 1, 0, 1) + '82' + hdr(0, 0xEE, 0, 0), P, False),
    ('frame larger than SETTINGS_MAX_FRAME_SIZE', hdr(16385, 0, 0, 1), FS, False),
]


@pytest.mark.parametrize('name, wire, code, stream_error', BAD, ids=[b[0] for b in BAD])
def test_malformed_frames(name, wire, code, stream_error):
    data = bytes.fromhex(wire)
    # The error must be the same however the bytes arrive.
    for pieces in ([data], [data[i:i + 1] for i in range(len(data))]):
        p = F.FrameParser()
        with pytest.raises(H2Error) as e:
            for piece in pieces:
                p.feed(piece)
        assert e.value.error_code == code, e.value
        assert isinstance(e.value, H2StreamError if stream_error else H2ConnectionError)
        if stream_error:
            assert e.value.stream_id == int(wire[10:18], 16) & 0x7FFFFFFF


def test_stream_error_keeps_parser_going():
    ping = F.PingFrame(b'x' * 8)
    data = ping.serialize() + bytes.fromhex(hdr(4, 2, 0, 1) + '00000003') + ping.serialize()
    p = F.FrameParser()
    with pytest.raises(H2StreamError) as e:
        p.feed(data)
    assert e.value.frames == [ping]          # what came before the error
    assert p.feed(b'') == [ping]             # and the parser goes on


def test_connection_error_kills_parser():
    p = F.FrameParser()
    with pytest.raises(H2ConnectionError):
        p.feed(bytes.fromhex(hdr(1, 0, 0, 0)) + b'x')
    with pytest.raises(H2ConnectionError):
        p.feed(F.PingFrame().serialize())


def test_max_frame_size_setting():
    big = F.DataFrame(1, b'x' * 20000).serialize()
    with pytest.raises(H2ConnectionError) as e:
        F.FrameParser().feed(big)
    assert e.value.error_code == FS
    p = F.FrameParser(max_frame_size=F.MAX_MAX_FRAME_SIZE)
    assert p.feed(big) == [F.DataFrame(1, b'x' * 20000)]
    # the size is checked from the header alone, before the payload arrives
    p = F.FrameParser()
    with pytest.raises(H2ConnectionError):
        p.feed(big[:9])


@pytest.mark.parametrize('wire', [
    hdr(1, 10, 0, 0) + '00',                     # shorter than Origin-Len
    hdr(4, 10, 0, 0) + '0005' + '6162',          # Origin-Len past the end
    hdr(4, 10, 0, 0) + '0000' + '6162',          # stream 0 without origin
    hdr(5, 10, 0, 1) + '0001' + '61' + '6162',   # a stream with an origin
    hdr(3, 12, 0, 0) + '000561',                 # ORIGIN entry past the end
    hdr(1, 12, 0, 0) + '00',                     # ORIGIN half a length
    hdr(0, 12, 0, 1),                            # ORIGIN on a stream
])
def test_malformed_extension_frames_are_ignored(wire):
    """RFC 7838 §4 and RFC 8336 §2.1: ignored, not a connection error."""
    ping = F.PingFrame(b'y' * 8)
    assert F.FrameParser().feed(bytes.fromhex(wire) + ping.serialize()) == [ping]


# -- connection preface (RFC 9113 §3.4) ----------------------------------------------

def test_preface_any_split():
    settings_frame = F.SettingsFrame([(3, 100)])
    data = F.PREFACE + settings_frame.serialize()
    for cut in range(len(data) + 1):
        p = F.FrameParser(preface=True, settings_first=True)
        assert p.feed(data[:cut]) + p.feed(data[cut:]) == [settings_frame]


@pytest.mark.parametrize('data', [
    b'GET / HTTP/1.1\r\n\r\n',
    F.PREFACE[:10] + b'X',
])
def test_bad_preface(data):
    with pytest.raises(H2ConnectionError) as e:
        F.FrameParser(preface=True).feed(data)
    assert e.value.error_code == P


@pytest.mark.parametrize('first', [F.PingFrame(), F.SettingsFrame((), F.FLAG_ACK),
                                   F.DataFrame(1, b'x')])
def test_first_frame_must_be_settings(first):
    with pytest.raises(H2ConnectionError) as e:
        F.FrameParser(preface=True, settings_first=True).feed(F.PREFACE + first.serialize())
    assert e.value.error_code == P


def test_parse_frames_rejects_truncation():
    data = F.PingFrame().serialize()
    assert F.parse_frames(data) == [F.PingFrame()]
    with pytest.raises(H2ConnectionError):
        F.parse_frames(data[:-1])


@pytest.mark.parametrize('size', [0, 1, 100, 16384, 16385, 40000])
def test_header_block_frames(size):
    block = bytes(range(256)) * (size // 256) + bytes(size % 256)
    frames = F.header_block_frames(3, block, end_stream=True)
    assert all(len(f.block) <= 16384 for f in frames)
    assert b''.join(f.block for f in frames) == block
    assert frames[0].type == F.HeadersFrame.type and frames[0].end_stream
    assert [f.end_headers for f in frames] == [False] * (len(frames) - 1) + [True]
    assert all(f.type == F.ContinuationFrame.type for f in frames[1:])
    data = b''.join(f.serialize() for f in frames)
    assert F.FrameParser().feed(data) == frames


def test_push_promise_block_frames():
    frames = F.header_block_frames(1, b'x' * 16384, promised_stream_id=2)
    assert [type(f) for f in frames] == [F.PushPromiseFrame, F.ContinuationFrame]
    assert len(frames[0].payload()) == 16384
    assert F.FrameParser().feed(b''.join(f.serialize() for f in frames)) == frames


@pytest.mark.parametrize('count, ok', [(8, True), (9, False)])
def test_continuation_flood_limit(count, ok):
    """Node 24 accepts 8 CONTINUATION frames after a HEADERS; on the 9th it
    sends GOAWAY INTERNAL_ERROR (session error "Too many CONTINUATION frames
    following a HEADER frame"): checked against a Node 24 server."""
    frames = [F.HeadersFrame(1, b'\x82', 0)]
    frames += [F.ContinuationFrame(1, b'\x84', 0) for _ in range(count - 1)]
    frames.append(F.ContinuationFrame(1, b'\x86'))
    data = b''.join(f.serialize() for f in frames)
    if ok:
        assert F.FrameParser().feed(data) == frames
        assert F.FrameParser().feed(data + data) == frames + frames   # counter resets
    else:
        with pytest.raises(H2ConnectionError) as e:
            F.FrameParser().feed(data)
        assert e.value.error_code == ErrorCode.INTERNAL_ERROR
        assert str(e.value) == 'Too many CONTINUATION frames following a HEADER frame'
        assert len(F.FrameParser(max_continuations=None).feed(data)) == count + 1


def test_large_frame_in_many_reads():
    """A 16 MiB frame arriving in 64 KiB reads is joined once, not per read."""
    big = F.DataFrame(1, b'x' * F.MAX_MAX_FRAME_SIZE, F.FLAG_END_STREAM)
    data = big.serialize() + F.PingFrame().serialize()
    p = F.FrameParser(max_frame_size=F.MAX_MAX_FRAME_SIZE)
    got = []
    for i in range(0, len(data), 65536):
        got += p.feed(data[i:i + 65536])
        if not got:
            assert p.buffered == min(i + 65536, len(data))
    assert got == [big, F.PingFrame()] and p.buffered == 0


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80))
def test_garbage_raises_only_h2_errors(data):
    """Random bytes (after a valid header start or not) parse or raise an
    H2Error carrying a wire code; never another exception."""
    for parser in (F.FrameParser(), F.FrameParser(preface=True, settings_first=True)):
        try:
            parser.feed(data)
        except H2Error as e:
            assert isinstance(e.error_code, ErrorCode)


sid = st.integers(1, 2 ** 31 - 1)
blob = st.binary(max_size=64)
u32 = st.integers(0, 2 ** 32 - 1)
pad = st.integers(0, 255)
weight = st.integers(1, 256)
any_frame = st.one_of(
    st.builds(lambda s, d, e, p: F.DataFrame.make(s, d, e, p), sid, blob, st.booleans(),
              st.one_of(st.none(), pad)),
    st.builds(lambda s, b, f, p, d, w, x: F.HeadersFrame(
        s, b, f | F.FLAG_END_HEADERS, p if f & F.FLAG_PADDED else 0,
        *((d, w, x) if f & F.FLAG_PRIORITY else (0, 16, False))),
        sid, blob, st.sampled_from([0, 1, 8, 9, 0x20, 0x21, 0x28, 0x29]), pad,
        st.integers(0, 2 ** 31 - 1), weight, st.booleans()),
    st.builds(lambda s, d, w, x: F.PriorityFrame(s, d if d != s else 0, w, x),
              sid, st.integers(0, 2 ** 31 - 1), weight, st.booleans()),
    st.builds(F.RstStreamFrame, sid, u32),
    st.builds(lambda kv: F.SettingsFrame(kv),
              st.lists(st.tuples(st.sampled_from([1, 3, 6, 7, 0x99, 0xFFFF]), u32), max_size=5)),
    st.builds(lambda s, p, b: F.PushPromiseFrame(s, p, b), sid, sid, blob),
    st.builds(F.PingFrame, st.binary(min_size=8, max_size=8), st.sampled_from([0, 1])),
    st.builds(F.GoAwayFrame, st.integers(0, 2 ** 31 - 1), u32, blob),
    st.builds(F.WindowUpdateFrame, st.integers(0, 2 ** 31 - 1), st.integers(1, 2 ** 31 - 1)),
    st.builds(lambda o, f: F.AltSvcFrame(0, b'h' + o, f), blob, blob),
    st.builds(F.OriginFrame, st.lists(blob, max_size=4)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(any_frame, max_size=8), st.integers(1, 50))
def test_random_frames_roundtrip(frames, step):
    data = b''.join(f.serialize() for f in frames)
    assert F.FrameParser().feed(data) == frames
    p, got = F.FrameParser(), []
    for i in range(0, len(data), step):
        got += p.feed(data[i:i + step])
    assert got == frames
