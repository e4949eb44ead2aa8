"""pytest plugin for the spec map: the ``spec`` marker.

    @pytest.mark.spec("http.md", "request.end([data[, encoding]][, callback])")
    @pytest.mark.spec("http.md", "http.ClientRequest > Event: 'close'", "request.destroy")
    def test_request_...():

Loaded from spec_tests/conftest.py (``pytest_plugins = ["spec_tests.conftest_spec"]``).
``python -m spec_tests.report`` reads the marks statically; this plugin only
registers the marker and, at collection, warns about a mark whose doc or
heading does not resolve to exactly one section (docs/spec-map.md).
"""

from __future__ import annotations

import pytest

_docs = None


def pytest_configure(config):
    config.addinivalue_line(
        'markers',
        'spec(doc, *headings): the Node doc section(s) this test checks, e.g. '
        'spec("http.md", "request.end([data[, encoding]][, callback])"); '
        'see docs/spec-map.md and `python -m spec_tests.report`')


def _sections():
    global _docs
    if _docs is None:
        from spec_tests import report
        _docs = report.load_docs()
    return _docs


def check_mark(args) -> list:
    """Problems (strings) with one mark's positional args; empty when it is fine."""
    from spec_tests import report
    if not args or not all(isinstance(a, str) for a in args):
        return ['spec mark needs string arguments: spec("<doc>.md", "<heading>", ...)']
    doc, refs = args[0], args[1:]
    docs = _sections()
    if doc not in docs:
        return [f'spec mark: unknown doc {doc!r} (known: {", ".join(report.DOCS)})']
    if not refs:
        return [f'spec mark for {doc} names no heading']
    problems = []
    for ref in refs:
        found = report.resolve(docs[doc], ref)
        if not found:
            problems.append(f'spec mark: {doc} has no heading {ref!r}')
        elif len(found) > 1:
            alts = '; '.join(repr(s.ref) for s in found)
            problems.append(f'spec mark: {ref!r} is ambiguous in {doc}, write one of: {alts}')
    return problems


def pytest_collection_modifyitems(config, items):
    for item in items:
        for mark in item.iter_markers(name='spec'):
            for problem in check_mark(mark.args):
                item.warn(pytest.PytestWarning(problem))
