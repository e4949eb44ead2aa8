"""The differential suite: each scenario as X.js under Node 24 and X.py under nodehttp.

Both print one line per event; the outputs must be identical.  Scenarios live
in scenarios/ and are run from the repository root with PYTHONPATH set to it.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from node import find_node

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SCENARIOS = HERE / 'scenarios'

_names = sorted(p.stem for p in SCENARIOS.glob('*.js') if p.with_suffix('.py').exists())


@pytest.fixture(scope='session')
def node():
    return find_node()


def _run(cmd, timeout=30):
    env = dict(os.environ)
    env['PYTHONPATH'] = str(ROOT) + os.pathsep + env.get('PYTHONPATH', '')
    env['NODE_NO_WARNINGS'] = env.get('NODE_NO_WARNINGS', '')
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait(p, timeout=30):
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return None, out, err
    return p.returncode, out, err


@pytest.mark.parametrize('name', _names)
def test_same_output_as_node24(name, node):
    js = _run([node, str(SCENARIOS / (name + '.js'))])
    py = _run([sys.executable, str(SCENARIOS / (name + '.py'))])
    js_rc, js_out, js_err = _wait(js)
    py_rc, py_out, py_err = _wait(py)
    assert js_rc is not None, 'node timed out on %s.js:\n%s' % (name, js_err[-2000:])
    assert py_rc is not None, 'python timed out on %s.py:\n%s' % (name, py_err[-2000:])
    assert py_out.splitlines() == js_out.splitlines(), py_err[-3000:]
    assert (py_rc == 0) == (js_rc == 0), (js_rc, py_rc, py_err[-3000:])
