"""HPACK against the hpack-test-case stories (tests/data/hpack) and hypothesis.

Every story of every encoder folder decodes to its header lists; every
raw-data story re-encoded by our encoder decodes back (by our decoder and by
a decoder replaying the nghttp2 folder's context). Property tests: any list
of fields round-trips through one encoder/decoder pair, over several
blocks, with any table size changes in between.
"""

import glob
import gzip
import json
import os

import pytest
from hypothesis import given, settings, strategies as st

from nodehttp.http2.hpack import Decoder, Encoder

DATA = os.path.join(os.path.dirname(__file__), '..', 'data', 'hpack')
ENCODED = ['nghttp2', 'nghttp2-change-table-size', 'haskell-http2-linear']


def stories(folder):
    paths = sorted(glob.glob(os.path.join(DATA, folder, 'story_*.json.gz')))
    assert paths, f'no stories in {folder}'
    return paths


def load(path):
    with gzip.open(path, 'rt') as f:
        return json.load(f)


def header_list(case):
    return [tuple(next(iter(h.items()))) for h in case['headers']]


def test_corpus_counts():
    """The README's table: 32/32/31/32 stories, 3384 cases per folder but
    3267 in nghttp2-change-table-size."""
    counts = {f: sum(len(load(p)['cases']) for p in stories(f))
              for f in ['raw-data'] + ENCODED}
    assert counts == {'raw-data': 3384, 'nghttp2': 3384,
                      'nghttp2-change-table-size': 3267, 'haskell-http2-linear': 3384}


@pytest.mark.parametrize('folder', ENCODED)
def test_corpus_decodes(folder):
    checked = 0
    for path in stories(folder):
        cases = load(path)['cases']
        first = cases[0].get('header_table_size', 4096)
        d = Decoder(header_table_size=first, max_header_list_size=None)
        for case in cases:
            if 'header_table_size' in case:
                d.header_table_size = case['header_table_size']
            assert d.decode(bytes.fromhex(case['wire'])) == header_list(case), \
                (path, case['seqno'])
            checked += 1
    assert checked >= 3267


def test_corpus_raw_data_reencodes():
    for path in stories('raw-data'):
        e, d = Encoder(), Decoder(max_header_list_size=None)
        for case in load(path)['cases']:
            headers = header_list(case)
            block = e.encode(headers)
            assert d.decode(block) == headers, (path, case)
            assert d.dynamic_table == e.dynamic_table


def test_corpus_raw_data_reencodes_with_table_changes():
    """Same lists, with the table size of the change-table-size stories
    (the encoder side of the SETTINGS_HEADER_TABLE_SIZE dance)."""
    for path in stories('nghttp2-change-table-size'):
        e, d = Encoder(), Decoder(max_header_list_size=None)
        for case in load(path)['cases']:
            if 'header_table_size' in case:
                size = case['header_table_size']
                d.header_table_size = size       # our SETTINGS, acked
                e.header_table_size = size       # the peer's view of it
            headers = header_list(case)
            assert d.decode(e.encode(headers)) == headers
            assert d.dynamic_table == e.dynamic_table


# -- hypothesis ----------------------------------------------------------------

names = st.one_of(
    st.sampled_from([':method', ':path', ':status', 'cookie', 'authorization', 'etag',
                     'content-type', 'set-cookie', 'x-a', 'x-b', 'user-agent']),
    st.text(alphabet='abcdefghijklmnopqrstuvwxyz-0123456789', min_size=1, max_size=30))
values = st.one_of(
    st.sampled_from(['', 'GET', '/', '200', 'gzip, deflate', 'x' * 19, 'x' * 20]),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=255), max_size=200))
fields = st.lists(st.tuples(names, values), max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(fields, st.one_of(st.none(), st.integers(0, 8192))), max_size=6),
       st.sets(names, max_size=3))
def test_roundtrip_blocks(blocks, sensitive):
    e, d = Encoder(), Decoder(header_table_size=8192, max_header_list_size=None)
    for headers, new_size in blocks:
        if new_size is not None:
            d.header_table_size = new_size
            e.header_table_size = new_size
        assert d.decode(e.encode(headers, sensitive=sensitive)) == headers
        assert d.dynamic_table == e.dynamic_table
        assert d.table_size == e.table_size
        if new_size is not None:
            assert e.table_size <= new_size
        for name, value in headers:
            if name in sensitive:
                assert name in d.sensitive


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_huffman_roundtrip(data):
    from nodehttp.http2.hpack import huffman_decode, huffman_encode, huffman_length
    enc = huffman_encode(data)
    assert len(enc) == huffman_length(data)
    assert huffman_decode(enc) == data


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64))
def test_decoder_garbage_raises_only_protocol_errors(data):
    """Random bytes either decode or raise an H2Error: never anything else."""
    from nodehttp.http2.exceptions import H2Error
    try:
        Decoder().decode(data)
    except H2Error:
        pass
