"""http2.getDefaultSettings / getPackedSettings / getUnpackedSettings, constants.

Expected values: Node docs (http2.md "Settings object", "http2.getPackedSettings")
and, where the docs say nothing, Node 24 output (the same cases run under
Node in tests/differential/scenarios/http2_settings.js).
"""

import math

import pytest

from nodehttp import http2


@pytest.mark.spec("http2.md", "http2.getDefaultSettings()", "Settings object")
def test_default_settings():
    """http2.md "Settings object": the defaults; a new object per call."""
    d = http2.getDefaultSettings()
    assert d == {'headerTableSize': 4096, 'enablePush': True, 'initialWindowSize': 65535,
                 'maxFrameSize': 16384, 'maxConcurrentStreams': 4294967295,
                 'maxHeaderSize': 65535, 'maxHeaderListSize': 65535,
                 'enableConnectProtocol': False}
    assert list(d) == ['headerTableSize', 'enablePush', 'initialWindowSize', 'maxFrameSize',
                       'maxConcurrentStreams', 'maxHeaderSize', 'maxHeaderListSize',
                       'enableConnectProtocol']
    d['headerTableSize'] = 1
    assert http2.getDefaultSettings()['headerTableSize'] == 4096


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])")
def test_packed_doc_example():
    """http2.md: getPackedSettings({ enablePush: false }) base64 is AAIAAAAA."""
    import base64
    assert base64.b64encode(http2.getPackedSettings({'enablePush': False})) == b'AAIAAAAA'


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])", "Settings object")
@pytest.mark.parametrize('settings, hexed', [
    (None, ''),
    ({}, ''),
    ({'headerTableSize': 5, 'enablePush': True, 'maxConcurrentStreams': 3,
      'initialWindowSize': 2, 'maxFrameSize': 16384, 'maxHeaderListSize': 1,
      'enableConnectProtocol': True},
     '000100000005000200000001000300000003000400000002000500004000000600000001000800000001'),
    # id order, whatever the key order
    ({'enableConnectProtocol': False, 'maxFrameSize': 20000, 'headerTableSize': 7},
     '000100000007000500004e20000800000000'),
    ({'maxHeaderSize': 100}, '000600000064'),
    ({'maxHeaderSize': 100, 'maxHeaderListSize': 200}, '000600000064'),
    ({'headerTableSize': 1.5}, '000100000001'),
    ({'headerTableSize': math.nan}, '000100000000'),
    ({'headerTableSize': None}, ''),                      # None = undefined
    ({'foo': 1}, ''),
    ({'customSettings': {20: 1, 10: 2}}, '000a00000002001400000001'),
    ({'customSettings': {'10': 2}}, '000a00000002'),       # numeric str keys accepted
    ({'customSettings': {2: 7}}, '000400000007'),           # Node's slot 2 = initialWindowSize
    ({'initialWindowSize': 5, 'customSettings': {2: 7}}, '000400000005'),
    ({'customSettings': {10: 'x', 11: True, 12: 3}}, '000c00000003'),
])
def test_packed(settings, hexed):
    assert http2.getPackedSettings(settings).hex() == hexed


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])", "http2.getUnpackedSettings(buf)")
def test_packed_defaults_roundtrip():
    packed = http2.getPackedSettings(http2.getDefaultSettings())
    assert packed.hex() == ('0001000010000002000000010003ffffffff00040000ffff'
                            '00050000400000060000ffff000800000000')
    assert http2.getUnpackedSettings(packed) == {
        'headerTableSize': 4096, 'enablePush': True, 'maxConcurrentStreams': 4294967295,
        'initialWindowSize': 65535, 'maxFrameSize': 16384, 'maxHeaderSize': 65535,
        'maxHeaderListSize': 65535, 'enableConnectProtocol': False}


@pytest.mark.parametrize('custom', [{9: 10}, {1: 5}, {3: 5}, {6: 5}])
def test_packed_refused_by_nghttp2_is_none(custom):
    """Node returns undefined when nghttp2 refuses to pack a value."""
    assert http2.getPackedSettings({'customSettings': custom}) is None


def err(fn, *args):
    with pytest.raises(Exception) as e:
        fn(*args)
    return e.value


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])")
@pytest.mark.parametrize('settings, message, lo, hi', [
    ({'headerTableSize': -1}, 'Invalid value for setting "headerTableSize": -1', 0, 4294967295),
    ({'headerTableSize': '10'}, 'Invalid value for setting "headerTableSize": 10', 0, 4294967295),
    ({'headerTableSize': True}, 'Invalid value for setting "headerTableSize": true', 0, 4294967295),
    ({'headerTableSize': math.inf}, 'Invalid value for setting "headerTableSize": Infinity',
     0, 4294967295),
    ({'initialWindowSize': 2 ** 31},
     'Invalid value for setting "initialWindowSize": 2147483648', 0, 2147483647),
    ({'maxFrameSize': 16383}, 'Invalid value for setting "maxFrameSize": 16383', 16384, 16777215),
    ({'maxFrameSize': 1, 'initialWindowSize': -1},
     'Invalid value for setting "initialWindowSize": -1', 0, 2147483647),
    ({'maxHeaderSize': 2 ** 32}, 'Invalid value for setting "maxHeaderSize": 4294967296',
     0, 4294967295),
    ({'customSettings': {65536: 1}}, 'Invalid value for setting "customSettings:id": 65536',
     0, 65535),
    ({'customSettings': {10: -1}, 'headerTableSize': -1},
     'Invalid value for setting "customSettings:value": -1', 0, 4294967295),
    ({'customSettings': {0: 1}}, 'Invalid value for setting "Range Error": 0', 0, 65535),
    ({'customSettings': {'abc': 1}}, 'Invalid value for setting "Range Error": NaN', 0, 65535),
    ({'customSettings': {10: 0}}, 'Invalid value for setting "Range Error": 0', 0, 4294967295),
])
def test_packed_range_errors(settings, message, lo, hi):
    e = err(http2.getPackedSettings, settings)
    assert isinstance(e, ValueError)                    # JS RangeError
    assert (e.name, e.code, str(e), e.message) == (
        'RangeError', 'ERR_HTTP2_INVALID_SETTING_VALUE', message, message)
    assert (e.min, e.max) == (lo, hi)


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])")
@pytest.mark.parametrize('settings, message', [
    ({'enablePush': 0}, 'Invalid value for setting "enablePush": 0'),
    ({'enablePush': 'true'}, 'Invalid value for setting "enablePush": true'),
    ({'enableConnectProtocol': 1, 'enablePush': 1}, 'Invalid value for setting "enablePush": 1'),
    ({'enableConnectProtocol': 1}, 'Invalid value for setting "enableConnectProtocol": 1'),
])
def test_packed_type_errors(settings, message):
    e = err(http2.getPackedSettings, settings)
    assert isinstance(e, TypeError)
    assert (e.name, e.code, e.message) == ('TypeError', 'ERR_HTTP2_INVALID_SETTING_VALUE', message)
    assert e.actual == next(v for k, v in settings.items() if k == message.split('"')[1])
    assert not hasattr(e, 'min')


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])")
@pytest.mark.parametrize('arg, message', [
    ('abc', 'The "settings" argument must be of type object. Received type string (\'abc\')'),
    (5, 'The "settings" argument must be of type object. Received type number (5)'),
    ([], 'The "settings" argument must be of type object. Received an instance of Array'),
    ({'customSettings': 5},
     'The "customSettings" argument must be an instance of Number. Received type number (5)'),
])
def test_packed_arg_type_errors(arg, message):
    e = err(http2.getPackedSettings, arg)
    assert isinstance(e, TypeError)
    assert (e.code, e.message) == ('ERR_INVALID_ARG_TYPE', message)


@pytest.mark.spec("http2.md", "http2.getPackedSettings([settings])", "Settings object")
def test_too_many_custom_settings():
    e = err(http2.getPackedSettings, {'customSettings': {i: 1 for i in range(10, 21)}})
    assert (e.name, e.code, e.message) == (
        'Error', 'ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
        'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS')
    assert len(http2.getPackedSettings({'customSettings': {i: 1 for i in range(10, 20)}})) == 60


@pytest.mark.spec("http2.md", "http2.getUnpackedSettings(buf)")
@pytest.mark.parametrize('hexed, expected', [
    ('', {}),
    ('000200000000', {'enablePush': False}),
    ('000200000002', {'enablePush': True}),
    ('000900000005000700000001', {'customSettings': {7: 1, 9: 5}}),
    ('0009000000010009000000020001000000050007000000030006000000010003000000ff',
     {'customSettings': {7: 3, 9: 2}, 'headerTableSize': 5, 'maxHeaderSize': 1,
      'maxHeaderListSize': 1, 'maxConcurrentStreams': 255}),
    ('000100000001000100000002', {'headerTableSize': 2}),
    ('000500000001000480000000', {'maxFrameSize': 1, 'initialWindowSize': 2147483648}),
])
def test_unpacked(hexed, expected):
    got = http2.getUnpackedSettings(bytes.fromhex(hexed))
    assert got == expected
    assert list(got) == list(expected)
    assert http2.getUnpackedSettings(bytearray.fromhex(hexed)) == expected
    assert http2.getUnpackedSettings(memoryview(bytes.fromhex(hexed))) == expected


@pytest.mark.spec("http2.md", "http2.getUnpackedSettings(buf)")
def test_unpacked_errors():
    e = err(http2.getUnpackedSettings, bytes(5))
    assert isinstance(e, ValueError)
    assert (e.code, e.message) == ('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
                                   'Packed settings length must be a multiple of six')
    e = err(http2.getUnpackedSettings, 'abcdef')
    assert isinstance(e, TypeError)
    assert e.message == ('The "buf" argument must be an instance of Buffer or TypedArray. '
                         "Received type string ('abcdef')")
    e = err(http2.getUnpackedSettings, bytes.fromhex('000500000001'), {'validate': True})
    assert e.message == 'Invalid value for setting "maxFrameSize": 1'


@pytest.mark.spec("http2.md", "http2.sensitiveHeaders")
def test_sensitive_headers_symbol():
    assert str(http2.sensitiveHeaders) == 'Symbol(sensitiveHeaders)'
    assert not isinstance(http2.sensitiveHeaders, str)      # a Symbol, not a name
    from nodehttp.http2.constants import sensitiveHeaders
    assert sensitiveHeaders is http2.sensitiveHeaders
    headers = {'cookie': 'a', http2.sensitiveHeaders: ['cookie']}
    assert [k for k in headers if isinstance(k, str)] == ['cookie']


@pytest.mark.spec("http2.md", "http2.constants")
def test_constants_namespace():
    c = http2.constants
    assert len(c) == 240
    assert c.HTTP2_HEADER_PATH == ':path'
    assert c.NGHTTP2_ENHANCE_YOUR_CALM == 11
    assert c.NGHTTP2_ERR_FRAME_SIZE_ERROR == -522
    assert c.HTTP_STATUS_TEAPOT == 418
    assert c.MAX_INITIAL_WINDOW_SIZE == 2 ** 31 - 1
    assert c['HTTP2_METHOD_GET'] == 'GET'
    assert list(c)[:3] == ['NGHTTP2_ERR_FRAME_SIZE_ERROR', 'NGHTTP2_SESSION_SERVER',
                           'NGHTTP2_SESSION_CLIENT']
    assert list(c)[-1] == 'HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED'
    with pytest.raises(AttributeError):
        c.HTTP2_HEADER_PATH = 'x'
    with pytest.raises(AttributeError):
        c.NOT_A_CONSTANT


def test_error_codes_match_codec():
    from nodehttp.http2.exceptions import ErrorCode
    for code in ErrorCode:
        assert getattr(http2.constants, 'NGHTTP2_' + code.name) == code


def test_keyword_arguments():
    """API.md: option keys are also accepted as keyword arguments."""
    assert http2.getPackedSettings(enablePush=False) == http2.getPackedSettings({'enablePush': False})
    assert http2.getPackedSettings({'headerTableSize': 1}, enablePush=True).hex() == \
        '000100000001000200000001'
    e = err(lambda: http2.getUnpackedSettings(bytes.fromhex('000500000001'), validate=True))
    assert e.code == 'ERR_HTTP2_INVALID_SETTING_VALUE'
