"""spec_tests/report.py: the spec map (docs/spec-map.md)."""

import hashlib
import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from spec_tests import report

ROOT = Path(report.__file__).resolve().parents[1]

DOC = textwrap.dedent('''\
    # Widgets

    Intro text.

    ## Handling widgets

    ```bash
    # not a heading (inside a fence)
    ```

    ## Class: `w.Widget`

    ### Event: `'close'`

    ### `widget.spin([speed][, callback])`

    ```js
    ## also not a heading
    ```

    ### `widget.size`

    #### `widget.size.width`

    ## Class: `w.Gadget extends w.Widget`

    ### Event: `'close'`

    ### `new Gadget([options])`

    ### `gadget.spin()`

    ### `gadget.spin(speed)`

    ## `w.create()`
''')


@pytest.fixture
def sections():
    return report.parse_sections('w.md', DOC)


def test_parse_sections_headings_kinds_parents(sections):
    got = [(s.level, s.text, s.kind, [p.text for p in s.parents], s.line) for s in sections]
    assert got == [
        (2, 'Handling widgets', 'prose', [], 5),
        (2, 'Class: w.Widget', 'class', [], 11),
        (3, "Event: 'close'", 'event', ['Class: w.Widget'], 13),
        (3, 'widget.spin([speed][, callback])', 'api', ['Class: w.Widget'], 15),
        (3, 'widget.size', 'api', ['Class: w.Widget'], 21),
        (4, 'widget.size.width', 'api', ['Class: w.Widget', 'widget.size'], 23),
        (2, 'Class: w.Gadget extends w.Widget', 'class', [], 25),
        (3, "Event: 'close'", 'event', ['Class: w.Gadget extends w.Widget'], 27),
        (3, 'new Gadget([options])', 'api', ['Class: w.Gadget extends w.Widget'], 29),
        (3, 'gadget.spin()', 'api', ['Class: w.Gadget extends w.Widget'], 31),
        (3, 'gadget.spin(speed)', 'api', ['Class: w.Gadget extends w.Widget'], 33),
        (2, 'w.create()', 'api', [], 35),
    ]


def test_resolve_forms(sections):
    def lines(ref):
        return [s.line for s in report.resolve(sections, ref)]
    assert lines('widget.spin([speed][, callback])') == [15]
    assert lines('`widget.spin([speed][, callback])`') == [15]      # backticks ignored
    assert lines('### widget.size') == [21]                          # '#' ignored
    assert lines('widget.spin') == [15]                              # short name
    assert lines('new Gadget') == [29]
    assert lines("Event: 'close'") == [13, 27]                       # ambiguous
    assert lines("w.Widget > Event: 'close'") == [13]
    assert lines("Class: w.Widget > Event: 'close'") == [13]
    assert lines("w.Gadget > Event: 'close'") == [27]                # ' extends ...' dropped
    assert lines('gadget.spin') == [31, 33]                          # short name of two
    assert lines('gadget.spin()') == [31]                            # exact text wins
    assert lines('widget.size > widget.size.width') == [23]
    assert lines('w.Gadget > widget.size') == []
    assert lines('nothing') == []


def test_shortest_unique_reference(sections):
    assert [s.ref for s in sections] == [
        'Handling widgets', 'Class: w.Widget', "w.Widget > Event: 'close'",
        'widget.spin([speed][, callback])', 'widget.size', 'widget.size.width',
        'Class: w.Gadget extends w.Widget', "w.Gadget extends w.Widget > Event: 'close'",
        'new Gadget([options])', 'gadget.spin()', 'gadget.spin(speed)', 'w.create()']
    for s in sections:
        assert report.resolve(sections, s.ref) == [s]


TESTS = textwrap.dedent('''\
    import pytest
    from pytest import mark

    pytestmark = [pytest.mark.spec("w.md", "w.create()")]

    @pytest.mark.spec("w.md", "widget.spin", "widget.size")
    def test_one():
        pass

    @mark.spec(
        "w.md",
        "Event: 'close'",
    )
    def test_ambiguous():
        pass

    @pytest.mark.spec("w.md", "no such heading")
    @pytest.mark.spec("x.md", "widget.size")
    def test_bad():
        pass

    @pytest.mark.spec("w.md", "w.Gadget > Event: 'close'")
    class TestGadget:
        @pytest.mark.parametrize("x", [1])
        def test_close(self, x):
            pass

        def helper(self):
            pass

    def not_a_test():
        pytest.mark.spec("w.md", "gadget.spin()")
''')


def test_scan_marks(tmp_path):
    f = tmp_path / 'test_w.py'
    f.write_text(TESTS)
    got = [(m.test, m.doc, m.refs, m.line) for m in report.scan_marks([f])]
    assert got == [
        ('test_w.py::test_one', 'w.md', ['widget.spin', 'widget.size'], 6),
        ('test_w.py::test_one', 'w.md', ['w.create()'], 4),
        ('test_w.py::test_ambiguous', 'w.md', ["Event: 'close'"], 10),
        ('test_w.py::test_ambiguous', 'w.md', ['w.create()'], 4),
        ('test_w.py::test_bad', 'w.md', ['no such heading'], 17),
        ('test_w.py::test_bad', 'x.md', ['widget.size'], 18),
        ('test_w.py::test_bad', 'w.md', ['w.create()'], 4),
        ('test_w.py::TestGadget::test_close', 'w.md', ["w.Gadget > Event: 'close'"], 22),
        ('test_w.py::TestGadget::test_close', 'w.md', ['w.create()'], 4),  # own, class, module
    ]


def test_not_applicable_parsing(tmp_path):
    f = tmp_path / 'na.txt'
    f.write_text('# comment\n\nw.md | gadget.spin(speed) | no speeds in Python | really\n')
    assert report.load_not_applicable(f) == [('w.md', 'gadget.spin(speed)', 'no speeds in Python | really', 3)]
    f.write_text('w.md | gadget.spin(speed)\n')
    with pytest.raises(ValueError, match=r'na.txt:1: expected'):
        report.load_not_applicable(f)
    assert report.load_not_applicable(tmp_path / 'missing.txt') == []


def _build(tmp_path, na_text=''):
    f = tmp_path / 'test_w.py'
    f.write_text(TESTS)
    docs = {'w.md': report.parse_sections('w.md', DOC)}
    na = tmp_path / 'na.txt'
    na.write_text(na_text)
    return report.build(docs, report.scan_marks([f]), report.load_not_applicable(na))


def test_build_and_render(tmp_path):
    summary, problems = _build(tmp_path, 'w.md | gadget.spin(speed) | no speeds\nw.md | gadget.spin | x\n')
    s = summary['w.md']
    # counted: events and api headings (9); covered: spin, size, Gadget close, create
    assert s['total'] == 9
    assert [x.ref for x in s['covered']] == [
        'widget.spin([speed][, callback])', 'widget.size', "w.Gadget extends w.Widget > Event: 'close'", 'w.create()']
    assert [x.ref for x in s['not_applicable']] == ['gadget.spin(speed)']
    assert [x.ref for x in s['missing']] == [
        "w.Widget > Event: 'close'", 'widget.size.width', 'new Gadget([options])', 'gadget.spin()']
    assert s['percent'] == 50.0
    assert [(p.where, p.message) for p in problems] == [
        ('test_w.py:10', "w.md: \"Event: 'close'\" is ambiguous, write one of: "
                         "\"w.Widget > Event: 'close'\"; \"w.Gadget extends w.Widget > Event: 'close'\""),
        ('test_w.py:17', "w.md: no heading 'no such heading'"),
        ('test_w.py:18', "unknown doc 'x.md' (known: http.md, http2.md, net.md, events.md, stream.md, timers.md)"),
        ('not_applicable.txt:2', "w.md: ambiguous heading 'gadget.spin'"),
    ]
    out = io.StringIO()
    report.render(summary, problems, out=out)
    text = out.getvalue()
    assert text.splitlines()[0] == '== w.md: 4/8 sections covered (50.0%), 4 missing, 1 not applicable'
    assert "  [x] w.create()  <- test_w.py::test_one, test_w.py::test_ambiguous (+2)" in text
    assert '  [-] gadget.spin(speed)  (n/a: no speeds)' in text
    assert '  [ ] gadget.spin()  (w.md:31)' in text
    assert '== total: 4/8 sections covered (50.0%), 4 missing, 1 not applicable' in text
    assert '== 4 problem(s) with spec marks:' in text
    out = io.StringIO()
    report.render(summary, [], missing_only=True, out=out)
    assert [line[:5] for line in out.getvalue().splitlines() if line.startswith('  ')] == ['  [ ]'] * 4


def test_not_implemented_rows(tmp_path):
    """not_implemented.txt: sections left out of the percentage and shown as [~];
    '*' takes every untested section of the doc; tested sections stay covered."""
    f = tmp_path / 'test_w.py'
    f.write_text(TESTS)
    docs = {'w.md': report.parse_sections('w.md', DOC)}
    ni = tmp_path / 'ni.txt'
    ni.write_text('w.md | gadget.spin() | later\nw.md | * | the rest later\n')
    summary, problems = report.build(docs, report.scan_marks([f]), [], report.COUNTED_KINDS,
                                     report.load_not_applicable(ni))
    s = summary['w.md']
    assert s['missing'] == []
    assert [x.ref for x in s['covered']] == [
        'widget.spin([speed][, callback])', 'widget.size', "w.Gadget extends w.Widget > Event: 'close'", 'w.create()']
    assert len(s['not_implemented']) == 5 and s['percent'] == 100.0
    out = io.StringIO()
    report.render(summary, [], out=out)
    text = out.getvalue()
    assert text.splitlines()[0] == ('== w.md: 4/4 sections covered (100.0%), 0 missing, '
                                    '0 not applicable, 5 not implemented')
    assert '  [~] gadget.spin()  (not implemented: later)' in text
    assert "  [~] w.Widget > Event: 'close'  (not implemented: the rest later)" in text


def test_build_all_kinds(tmp_path):
    f = tmp_path / 'test_w.py'
    f.write_text(TESTS)
    docs = {'w.md': report.parse_sections('w.md', DOC)}
    summary, _ = report.build(docs, report.scan_marks([f]), [], include=('api', 'event', 'class', 'prose'))
    assert summary['w.md']['total'] == 12


@pytest.fixture
def fake_tree(tmp_path, monkeypatch):
    """spec_tests/ with one doc and one test file, for main()."""
    docs = tmp_path / 'docs'
    docs.mkdir()
    for d in report.DOCS:
        (docs / d).write_text(DOC if d == 'http.md' else '# Empty\n')
    (tmp_path / 'test_w.py').write_text(TESTS.replace('"w.md"', '"http.md"'))
    (tmp_path / 'not_applicable.txt').write_text('http.md | gadget.spin(speed) | no speeds\n')
    monkeypatch.setattr(report, 'HERE', tmp_path)
    monkeypatch.setattr(report, 'DOCS_DIR', docs)
    monkeypatch.setattr(report, 'NOT_APPLICABLE', tmp_path / 'not_applicable.txt')
    return tmp_path


def test_main_options(fake_tree, capsys):
    assert report.main(['--doc', 'http.md']) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == '== http.md: 4/8 sections covered (50.0%), 4 missing, 1 not applicable'
    assert report.main(['--doc', 'http.md', '--fail-under', '50']) == 0
    capsys.readouterr()
    assert report.main(['--doc', 'http.md', '--fail-under', '50.5']) == 1
    assert capsys.readouterr().out.splitlines()[-1] == 'FAIL: coverage below 50.5% for http.md'
    # all docs: the empty ones have no sections, so the total is http.md's
    assert report.main(['--fail-under', '51']) == 1
    assert 'FAIL: coverage below 51% for total' in capsys.readouterr().out
    assert report.main(['--doc', 'http.md', '--missing']) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith('  [')]
    assert listed == ["  [ ] w.Widget > Event: 'close'  (http.md:13)", '  [ ] widget.size.width  (http.md:23)',
                      '  [ ] new Gadget([options])  (http.md:29)', '  [ ] gadget.spin()  (http.md:31)']
    assert report.main(['--strict']) == 1      # ambiguous and unknown marks
    capsys.readouterr()
    assert report.main(['--doc', 'timers.md']) == 0
    out = capsys.readouterr().out
    # problems of other docs are left out; a mark naming an unknown doc is always shown
    assert out.splitlines()[0] == '== timers.md: 0/0 sections covered (100.0%), 0 missing, 0 not applicable'
    assert out.splitlines()[2:] == ['== 1 problem(s) with spec marks:',
                                    "  test_w.py:18: unknown doc 'x.md' (known: http.md, http2.md, net.md, "
                                    "events.md, stream.md, timers.md)"]


# --- the real data ----------------------------------------------------------

def test_doc_copies_are_byte_identical_to_version_txt():
    version = (report.DOCS_DIR / 'VERSION.txt').read_text()
    sums = dict((name, digest) for digest, name in re.findall(r'^([0-9a-f]{64})\s+(\S+)$', version, re.M))
    for doc in report.DOCS:
        assert hashlib.sha256((report.DOCS_DIR / doc).read_bytes()).hexdigest() == sums[doc], doc


def test_real_http_doc_sections():
    docs = report.load_docs()
    http = docs['http.md']
    end = report.resolve(http, 'request.end([data[, encoding]][, callback])')
    assert [(s.line, s.kind, s.parents[-1].text) for s in end] == [(913, 'api', 'Class: http.ClientRequest')]
    close = report.resolve(http, "http.ClientRequest > Event: 'close'")
    assert [(s.line, s.kind) for s in close] == [(497, 'event')]
    assert len(report.resolve(http, "Event: 'close'")) > 1
    assert [s.line for s in report.resolve(http, 'http.createServer')] == [
        s.line for s in http if s.text == 'http.createServer([options][, requestListener])']
    for doc, sections in docs.items():
        assert sections and all(report.resolve(sections, s.ref) == [s] for s in sections), doc


def test_real_not_applicable_file_resolves():
    docs = report.load_docs()
    rows = report.load_not_applicable()
    assert rows
    _, problems = report.build(docs, [], rows)
    assert problems == []


def test_cli_runs_fast_without_pytest():
    code = ('import sys, runpy; sys.argv = ["report", "--doc", "http.md"]; '
            'import spec_tests.report as r; rc = r.main(["--doc", "timers.md"]); '
            'print("pytest" in sys.modules, rc)')
    out = subprocess.run([sys.executable, '-c', code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == 'False 0'


def test_plugin_check_mark():
    from spec_tests import conftest_spec
    assert conftest_spec.check_mark(('http.md', 'request.end')) == []
    assert conftest_spec.check_mark(('http.md', "http.Server > Event: 'close'")) == []
    assert conftest_spec.check_mark(('http.md', 'nope')) == ["spec mark: http.md has no heading 'nope'"]
    assert conftest_spec.check_mark(('nope.md', 'x'))[0].startswith("spec mark: unknown doc 'nope.md'")
    assert conftest_spec.check_mark(('http.md',)) == ['spec mark for http.md names no heading']
    (msg,) = conftest_spec.check_mark(('http.md', "Event: 'connect'"))
    assert msg == ("spec mark: \"Event: 'connect'\" is ambiguous in http.md, write one of: "
                   "\"http.ClientRequest > Event: 'connect'\"; \"http.Server > Event: 'connect'\"")


def test_plugin_registers_marker_and_warns(tmp_path):
    (tmp_path / 'test_x.py').write_text(textwrap.dedent('''\
        import pytest

        @pytest.mark.spec("http.md", "request.end")
        def test_ok():
            pass

        @pytest.mark.spec("http.md", "no such heading")
        def test_typo():
            pass
    '''))
    (tmp_path / 'none.ini').write_text('[pytest]\n')
    out = subprocess.run(
        [sys.executable, '-m', 'pytest', '-q', '-p', 'spec_tests.conftest_spec', '-p', 'no:cacheprovider',
         '--strict-markers', '-c', str(tmp_path / 'none.ini'), '--rootdir', str(tmp_path), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**__import__('os').environ, 'PYTHONPATH': str(ROOT)})
    assert out.returncode == 0, out.stdout + out.stderr
    assert '2 passed, 1 warning' in out.stdout
    assert "spec mark: http.md has no heading 'no such heading'" in out.stdout
