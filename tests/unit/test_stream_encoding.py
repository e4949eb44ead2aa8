"""Unit tests: Buffer encodings and StringDecoder (nodehttp/stream/_encoding.py).

The ENCODE/DECODE tables were produced by Node 24
(`Buffer.from(s, enc).toString('hex')`, `Buffer.from(hex, 'hex').toString(enc)`).
"""

import pytest
from hypothesis import given, strategies as st

from nodehttp.stream import _encoding as E

ENCODE = [
    ('utf8', 'héllo €😀', '68c3a96c6c6f20e282acf09f9880'),
    ('utf8', '\ud800x', 'efbfbd78'),
    ('latin1', 'héllo ā', '68e96c6c6f2001'),
    ('binary', 'ÿĀ', 'ff00'),
    ('ascii', 'aéā', '61e901'),
    ('hex', '0aFf', '0aff'),
    ('hex', 'abc', 'ab'),
    ('hex', 'a', ''),
    ('hex', 'zz12', ''),
    ('hex', '12zz34', '12'),
    ('base64', 'aGVsbG8=', '68656c6c6f'),
    ('base64', 'aGVsbG8', '68656c6c6f'),
    ('base64', 'aGV sbG8\n', '68656c6c6f'),
    ('base64', '-_-_', 'fbffbf'),
    ('base64', '=abc', ''),
    ('base64', 'YWJj=ZGVm', '616263'),
    ('base64', 'YQ', '61'),
    ('base64', 'Y', ''),
    ('base64url', 'aGVsbG8', '68656c6c6f'),
    ('base64url', '+/+/', 'fbffbf'),
    ('utf16le', 'hé€😀', '6800e900ac203dd800de'),
    ('ucs2', '\ud83d', '3dd8'),
    ('utf-16le', 'A', '4100'),
]

DECODE = [
    ('utf8', '', ''),
    ('utf8', '00', '\x00'),
    ('utf8', '7f80ff', '\x7f��'),
    ('utf8', 'e282ac', '€'),
    ('utf8', 'c3', '�'),
    ('utf8', 'f09f9880', '😀'),
    ('utf8', 'e9', '�'),
    ('utf8', 'fffe', '��'),
    ('utf8', '414243', 'ABC'),
    ('utf8', '00d83dde', '\x00�=�'),
    ('utf8', 'ff', '�'),
    ('latin1', '', ''),
    ('latin1', '00', '\x00'),
    ('latin1', '7f80ff', '\x7f\x80ÿ'),
    ('latin1', 'e282ac', 'â\x82¬'),
    ('latin1', 'c3', 'Ã'),
    ('latin1', 'f09f9880', 'ð\x9f\x98\x80'),
    ('latin1', 'e9', 'é'),
    ('latin1', 'fffe', 'ÿþ'),
    ('latin1', '414243', 'ABC'),
    ('latin1', '00d83dde', '\x00Ø=Þ'),
    ('latin1', 'ff', 'ÿ'),
    ('ascii', '', ''),
    ('ascii', '00', '\x00'),
    ('ascii', '7f80ff', '\x7f\x00\x7f'),
    ('ascii', 'e282ac', 'b\x02,'),
    ('ascii', 'c3', 'C'),
    ('ascii', 'f09f9880', 'p\x1f\x18\x00'),
    ('ascii', 'e9', 'i'),
    ('ascii', 'fffe', '\x7f~'),
    ('ascii', '414243', 'ABC'),
    ('ascii', '00d83dde', '\x00X=^'),
    ('ascii', 'ff', '\x7f'),
    ('hex', '', ''),
    ('hex', '00', '00'),
    ('hex', '7f80ff', '7f80ff'),
    ('hex', 'e282ac', 'e282ac'),
    ('hex', 'c3', 'c3'),
    ('hex', 'f09f9880', 'f09f9880'),
    ('hex', 'e9', 'e9'),
    ('hex', 'fffe', 'fffe'),
    ('hex', '414243', '414243'),
    ('hex', '00d83dde', '00d83dde'),
    ('hex', 'ff', 'ff'),
    ('base64', '', ''),
    ('base64', '00', 'AA=='),
    ('base64', '7f80ff', 'f4D/'),
    ('base64', 'e282ac', '4oKs'),
    ('base64', 'c3', 'ww=='),
    ('base64', 'f09f9880', '8J+YgA=='),
    ('base64', 'e9', '6Q=='),
    ('base64', 'fffe', '//4='),
    ('base64', '414243', 'QUJD'),
    ('base64', '00d83dde', 'ANg93g=='),
    ('base64', 'ff', '/w=='),
    ('base64url', '', ''),
    ('base64url', '00', 'AA'),
    ('base64url', '7f80ff', 'f4D_'),
    ('base64url', 'e282ac', '4oKs'),
    ('base64url', 'c3', 'ww'),
    ('base64url', 'f09f9880', '8J-YgA'),
    ('base64url', 'e9', '6Q'),
    ('base64url', 'fffe', '__4'),
    ('base64url', '414243', 'QUJD'),
    ('base64url', '00d83dde', 'ANg93g'),
    ('base64url', 'ff', '_w'),
    ('utf16le', '', ''),
    ('utf16le', '00', ''),
    ('utf16le', '7f80ff', '聿'),
    ('utf16le', 'e282ac', '苢'),
    ('utf16le', 'c3', ''),
    ('utf16le', 'f09f9880', '鿰肘'),
    ('utf16le', 'e9', ''),
    ('utf16le', 'fffe', '\ufeff'),
    ('utf16le', '414243', '䉁'),
    ('utf16le', '00d83dde', '\U0001023d'),
    ('utf16le', 'ff', ''),
]


@pytest.mark.parametrize('enc,text,hexed', ENCODE)
def test_encode_matches_node(enc, text, hexed):
    assert E.encode(text, enc).hex() == hexed


@pytest.mark.parametrize('enc,hexed,text', DECODE)
def test_decode_matches_node(enc, hexed, text):
    assert E.decode(bytes.fromhex(hexed), enc) == text


def test_is_encoding_and_normalize():
    assert [E.is_encoding(x) for x in ('UTF-8', 'Latin1', 'buffer', 'utf-16le', 'ucs-2', 'BASE64URL', None, 5)] == \
        [True, True, False, True, True, True, False, False]
    assert [E.normalize(x) for x in ('utf-8', 'binary', 'ucs2', 'UCS-2', 'nope')] == \
        ['utf8', 'latin1', 'utf16le', 'utf16le', None]


# Node 24: new StringDecoder(enc) fed these writes, then end().
DECODER_CASES = [
    ('base64', [b'ab', b'cde'], ['', 'YWJj', 'ZGU=']),
    ('base64url', [b'\xfb\xff'], ['', '-_8']),
    ('utf8', [b'\xe2\x82', b'\xac\xffA', b'\xe2'], ['', '\u20ac\ufffdA', '', '\ufffd']),
    ('utf16le', [b'A', b'\x00\x3d\xd8', b'\x00\xde'], ['', 'A', '\U0001f600', '']),
]


@pytest.mark.parametrize('enc,writes,expected', DECODER_CASES)
def test_string_decoder_matches_node(enc, writes, expected):
    d = E.StringDecoder(enc)
    assert [d.write(w) for w in writes] + [d.end()] == expected


def test_string_decoder_encoding_names():
    assert [E.StringDecoder(x).encoding for x in ('utf-8', 'UTF8', 'binary', 'ucs2', 'utf-16le', 'hex')] == \
        ['utf8', 'utf8', 'latin1', 'utf16le', 'utf16le', 'hex']
    with pytest.raises(Exception) as info:
        E.StringDecoder('nope')
    assert info.value.code == 'ERR_UNKNOWN_ENCODING'


def _split(data, cuts):
    cuts = sorted(set(c % (len(data) + 1) for c in cuts))
    parts, prev = [], 0
    for c in cuts + [len(data)]:
        parts.append(data[prev:c])
        prev = c
    return parts


@given(st.text(), st.lists(st.integers(min_value=0, max_value=400), max_size=8),
       st.sampled_from(['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']))
def test_string_decoder_is_split_invariant_on_valid_text(text, cuts, enc):
    """Any split of the bytes of a string decodes to the same string."""
    data = text.encode('utf-16-le', 'surrogatepass') if enc == 'utf16le' else \
        text.encode('utf-8', 'surrogatepass')
    if enc == 'utf8':
        data = E.encode(text, 'utf8')
    d = E.StringDecoder(enc)
    out = ''.join(d.write(p) for p in _split(data, cuts)) + d.end()
    assert out == E.decode(data, enc)


@given(st.binary(max_size=64), st.lists(st.integers(min_value=0, max_value=64), max_size=6))
def test_utf8_decoder_split_invariant_on_any_bytes(data, cuts):
    d = E.StringDecoder('utf8')
    out = ''.join(d.write(p) for p in _split(data, cuts)) + d.end()
    assert out == data.decode('utf-8', 'replace')
