"""Shared pytest fixtures for spec_tests/ and tests/."""

import os
import sys

import pytest

# spec_tests/ is a package (for `python -m spec_tests.report`); its helper
# modules are imported by plain name from the tests, as in tests/*/.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'spec_tests'))

# the spec(doc, section) marker and its collection-time check (spec_tests/report.py)
pytest_plugins = ['spec_tests.conftest_spec']

import nodehttp
from nodehttp import process
from nodehttp.loop import background


@pytest.fixture(autouse=True)
def _fresh_process():
    """Each test starts with no process listeners and no exit code (Node: a new process)."""
    yield
    process._emitter.removeAllListeners()
    process.exitCode = None


@pytest.fixture
def run():
    """run(main, *args): nodehttp.run with a 10 s guard so a hang fails instead of blocking."""
    def _run(main=None, *args, timeout=10.0):
        return nodehttp.run(main, *args, _timeout=timeout)
    return _run


@pytest.fixture
def bg():
    """A loop on a background thread: bg.call(fn, *args), bg.wait(lambda done: ...)."""
    with background() as loop:
        yield loop


class _MustCall:
    def __init__(self):
        self.checks = []

    def __call__(self, fn=None, times=1):
        box = {'n': 0}

        def wrapper(*args):
            box['n'] += 1
            if fn is not None:
                return fn(*args)
        self.checks.append((fn, times, box))
        return wrapper

    def verify(self):
        for fn, times, box in self.checks:
            assert box['n'] == times, '%r called %d times, expected %d' % (fn, box['n'], times)


@pytest.fixture
def must_call():
    """Node's common.mustCall: must_call(fn, times=1); checked when the test ends."""
    m = _MustCall()
    yield m
    m.verify()
