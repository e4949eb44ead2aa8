"""Spec map: which sections of Node's docs have spec tests.

    python -m spec_tests.report [--doc http.md] [--missing] [--fail-under N] [--all] [--strict]

Theory of operation. ``spec_tests/docs/`` holds byte-for-byte copies of Node's
``doc/api/*.md`` (see ``VERSION.txt`` there). Every heading below the title is a
*section*; by default the report counts the sections that document one API
member (a heading that is code: ``### `request.end([data[, encoding]][, callback])` ``)
or one event (``### Event: `'close'` ``). ``--all`` also counts class headings
and prose sections (``## Handling events only once``).

A test claims sections with ``@pytest.mark.spec("http.md", "<heading>", ...)``
(registered by ``spec_tests/conftest_spec.py``). This module finds the marks
statically (``ast``; it imports neither pytest nor the tests), so it runs in a
second. A heading reference is the heading text without ``#`` and backticks;
an API heading may be shortened to its name (``request.end``); a heading that
occurs under several classes is qualified with an ancestor heading:
``http.ClientRequest > Event: 'close'`` (``Class:`` may be left out).

``spec_tests/not_applicable.txt`` lists sections with no Python meaning, one a
line: ``<doc> | <heading reference> | <reason>``. They are shown apart and left
out of the percentage.

``spec_tests/not_implemented.txt`` lists, in the same format, sections of the
docs that nodehttp does not implement yet (``*`` as the heading means every
untested section of that doc), with the reason. They are shown apart as
``[~]``, counted on the doc's summary line, and left out of the percentage:
the map measures the parts nodehttp implements (issue 7).

See docs/spec-map.md.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS_DIR = HERE / 'docs'
NOT_APPLICABLE = HERE / 'not_applicable.txt'
NOT_IMPLEMENTED = HERE / 'not_implemented.txt'
DOCS = ('http.md', 'http2.md', 'net.md', 'events.md', 'stream.md', 'timers.md')
COUNTED_KINDS = ('api', 'event')
SEP = ' > '


# ---------------------------------------------------------------------------
# Docs -> sections
# ---------------------------------------------------------------------------

@dataclass(eq=False)
class Section:
    doc: str
    level: int
    text: str          # heading without '#' and backticks
    line: int
    kind: str          # 'api' | 'event' | 'class' | 'prose'
    parents: list = field(default_factory=list)   # enclosing headings, outermost first
    ref: str = ''      # shortest reference that resolves to this section alone
    tests: list = field(default_factory=list)     # 'file::test' that claim it
    na_reason: str | None = None
    ni_reason: str | None = None   # not implemented yet (not_implemented.txt)

    def names(self) -> set:
        """The strings a reference component may use for this heading."""
        out = {self.text}
        if self.kind == 'class':
            cls = self.text[len('Class: '):]
            out.add(cls)
            out.add(cls.split(' extends ')[0])
        elif self.kind == 'api':
            paren = self.text.find('(')
            if paren > 0:
                out.add(self.text[:paren])
        return out


def _kind(raw: str, text: str) -> str:
    if text.startswith('Class: '):
        return 'class'
    if text.startswith('Event: '):
        return 'event'
    if raw.startswith('`') and raw.endswith('`') and raw.count('`') == 2:
        return 'api'  # the heading is one code span: a member, function or constructor
    return 'prose'


def parse_sections(doc: str, text: str) -> list:
    """Every heading of level >= 2 outside fenced code blocks, with its ancestors."""
    sections = []
    stack = []  # open sections by level
    fence = None
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.lstrip()
        if stripped.startswith(('```', '~~~')):
            mark = stripped[:3]
            if fence is None:
                fence = mark
            elif fence == mark:
                fence = None
            continue
        if fence is not None or not line.startswith('#'):
            continue
        hashes = len(line) - len(line.lstrip('#'))
        if hashes > 6 or line[hashes:hashes + 1] != ' ':
            continue
        raw = line[hashes:].strip()
        if hashes == 1:
            stack = []
            continue
        heading = raw.replace('`', '').strip()
        while stack and stack[-1].level >= hashes:
            stack.pop()
        sec = Section(doc, hashes, heading, lineno, _kind(raw, heading), list(stack))
        sections.append(sec)
        stack.append(sec)
    for sec in sections:
        sec.ref = _shortest_ref(sec, sections)
    return sections


def _normalize(ref: str) -> list:
    ref = ref.replace('`', '').strip().lstrip('#').strip()
    return [p.strip() for p in ref.split(SEP.strip())] if SEP.strip() in ref else [ref]


def resolve(sections: list, ref: str) -> list:
    """Sections that *ref* names (several when it is ambiguous, none when unknown)."""
    parts = _normalize(ref)
    target, quals = parts[-1], parts[:-1]
    found = []
    for sec in sections:
        if target not in sec.names():
            continue
        # qualifiers must name ancestors, in order (not necessarily adjacent)
        i = 0
        for anc in sec.parents:
            if i < len(quals) and quals[i] in anc.names():
                i += 1
        if i == len(quals):
            found.append(sec)
    if len(found) > 1:
        exact = [s for s in found if s.text == target]
        if len(exact) == 1:
            return exact
    return found


def _shortest_ref(sec: Section, sections: list) -> str:
    def short(s):
        return s.text[len('Class: '):] if s.kind == 'class' else s.text
    if len(resolve(sections, sec.text)) == 1:
        return sec.text
    # the nearest class first, then more ancestors outward
    classes = [p for p in sec.parents if p.kind == 'class']
    candidates = []
    if classes:
        candidates.append([classes[-1]])
    for n in range(1, len(sec.parents) + 1):
        candidates.append(sec.parents[-n:])
    for chain in candidates:
        ref = SEP.join([short(p) for p in chain] + [sec.text])
        if resolve(sections, ref) == [sec]:
            return ref
    return SEP.join([short(p) for p in sec.parents] + [sec.text])


def load_docs(docs_dir: Path | None = None, docs=DOCS) -> dict:
    docs_dir = DOCS_DIR if docs_dir is None else Path(docs_dir)
    return {d: parse_sections(d, (docs_dir / d).read_text(encoding='utf-8')) for d in docs}


# ---------------------------------------------------------------------------
# Tests -> marks (static)
# ---------------------------------------------------------------------------

@dataclass
class Mark:
    file: str
    line: int
    test: str      # 'file::Class::test' (or 'file' for a module-level pytestmark)
    doc: str
    refs: list


def _is_spec_call(node) -> bool:
    # pytest.mark.spec(...) / mark.spec(...)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == 'spec' and isinstance(node.func.value, (ast.Attribute, ast.Name))
            and (getattr(node.func.value, 'attr', None) == 'mark'
                 or getattr(node.func.value, 'id', None) == 'mark'))


def _marks_in(node, file: str, test: str) -> list:
    out = []
    for sub in ast.walk(node):
        if _is_spec_call(sub):
            args = [a.value for a in sub.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if args:
                out.append(Mark(file, sub.lineno, test, args[0], args[1:]))
    return out


def scan_marks(paths) -> list:
    """``@pytest.mark.spec`` marks in the given .py files (decorators and ``pytestmark``)."""
    marks = []
    for path in paths:
        path = Path(path)
        try:
            tree = ast.parse(path.read_text(encoding='utf-8'), str(path))
        except (SyntaxError, UnicodeDecodeError):
            continue
        try:
            file = path.relative_to(HERE).as_posix()
        except ValueError:
            file = path.name

        def visit(body, prefix, inherited):
            for node in body:
                if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == 'pytestmark' for t in node.targets):
                    inherited = inherited + _marks_in(node.value, file, prefix)
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith('test'):
                    name = f'{prefix}::{node.name}'
                    own = [m for d in node.decorator_list for m in _marks_in(d, file, name)]
                    for m in inherited:
                        own.append(Mark(m.file, m.line, name, m.doc, m.refs))
                    marks.extend(own)
                elif isinstance(node, ast.ClassDef):
                    name = f'{prefix}::{node.name}'
                    cls_marks = [m for d in node.decorator_list for m in _marks_in(d, file, name)]
                    visit(node.body, name, cls_marks + inherited)

        visit(tree.body, file, [])
    return marks


def test_files(root: Path | None = None) -> list:
    """The .py files under spec_tests/ (where the marks are looked for)."""
    root = HERE if root is None else Path(root)
    return sorted(p for p in root.rglob('*.py') if 'docs' not in p.relative_to(root).parts)


# ---------------------------------------------------------------------------
# not_applicable.txt
# ---------------------------------------------------------------------------

def load_not_applicable(path: Path | None = None) -> list:
    """``(doc, ref, reason, line)`` rows; ``#`` starts a comment line."""
    path = NOT_APPLICABLE if path is None else Path(path)
    rows = []
    if not path.exists():
        return rows
    for lineno, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        parts = [p.strip() for p in line.split(' | ')]
        if len(parts) < 3 or not all(parts[:3]):
            raise ValueError(f'{path.name}:{lineno}: expected "<doc> | <heading> | <reason>"')
        rows.append((parts[0], parts[1], ' | '.join(parts[2:]), lineno))
    return rows


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------

@dataclass
class Problem:
    where: str
    message: str
    doc: str = ''


def build(docs: dict, marks: list, na_rows: list, include=COUNTED_KINDS, ni_rows=()):
    """Attach tests and n/a reasons to sections; return (per-doc summary, problems)."""
    problems = []
    for m in marks:
        sections = docs.get(m.doc)
        if sections is None:
            problems.append(Problem(f'{m.file}:{m.line}', f'unknown doc {m.doc!r} (known: {", ".join(DOCS)})'))
            continue
        if not m.refs:
            problems.append(Problem(f'{m.file}:{m.line}', 'spec mark without a heading', m.doc))
        for ref in m.refs:
            found = resolve(sections, ref)
            if len(found) == 1:
                if m.test not in found[0].tests:
                    found[0].tests.append(m.test)
            elif not found:
                problems.append(Problem(f'{m.file}:{m.line}', f'{m.doc}: no heading {ref!r}', m.doc))
            else:
                alts = '; '.join(repr(s.ref) for s in found)
                problems.append(Problem(f'{m.file}:{m.line}',
                                        f'{m.doc}: {ref!r} is ambiguous, write one of: {alts}', m.doc))
    for doc, ref, reason, lineno in na_rows:
        sections = docs.get(doc)
        found = resolve(sections, ref) if sections is not None else []
        if len(found) == 1:
            found[0].na_reason = reason
        else:
            what = 'ambiguous' if found else 'unknown'
            problems.append(Problem(f'{NOT_APPLICABLE.name}:{lineno}', f'{doc}: {what} heading {ref!r}', doc))
    for doc, ref, reason, lineno in ni_rows:
        sections = docs.get(doc)
        if sections is None:
            problems.append(Problem(f'{NOT_IMPLEMENTED.name}:{lineno}', f'unknown doc {doc!r}', doc))
            continue
        found = list(sections) if ref == '*' else resolve(sections, ref)
        if ref != '*' and len(found) != 1:
            what = 'ambiguous' if found else 'unknown'
            problems.append(Problem(f'{NOT_IMPLEMENTED.name}:{lineno}', f'{doc}: {what} heading {ref!r}', doc))
            continue
        for sec in found:
            if sec.ni_reason is None:
                sec.ni_reason = reason
    summary = {}
    for doc, sections in docs.items():
        counted = [s for s in sections if s.kind in include]
        covered = [s for s in counted if s.tests]
        na = [s for s in counted if s.na_reason is not None and not s.tests]
        ni = [s for s in counted if s.ni_reason is not None and s.na_reason is None and not s.tests]
        missing = [s for s in counted if not s.tests and s.na_reason is None and s.ni_reason is None]
        applicable = len(counted) - len(na) - len(ni)
        pct = 100.0 * len(covered) / applicable if applicable else 100.0
        summary[doc] = {'sections': counted, 'covered': covered, 'missing': missing,
                        'not_applicable': na, 'not_implemented': ni,
                        'total': len(counted), 'percent': pct}
    return summary, problems


def render(summary: dict, problems: list, missing_only=False, out=None) -> None:
    w = (sys.stdout if out is None else out).write
    tot = {'covered': 0, 'missing': 0, 'na': 0, 'ni': 0, 'total': 0}
    for doc, s in summary.items():
        ni = s.get('not_implemented', ())
        w(f'== {doc}: {len(s["covered"])}/{s["total"] - len(s["not_applicable"]) - len(ni)} sections covered '
          f'({s["percent"]:.1f}%), {len(s["missing"])} missing, {len(s["not_applicable"])} not applicable'
          + (f', {len(ni)} not implemented' if ni else '') + '\n')
        for sec in s['sections']:
            if sec.tests:
                if not missing_only:
                    more = f' (+{len(sec.tests) - 2})' if len(sec.tests) > 2 else ''
                    w(f'  [x] {sec.ref}  <- {", ".join(sec.tests[:2])}{more}\n')
            elif sec.na_reason is not None:
                if not missing_only:
                    w(f'  [-] {sec.ref}  (n/a: {sec.na_reason})\n')
            elif sec.ni_reason is not None:
                if not missing_only:
                    w(f'  [~] {sec.ref}  (not implemented: {sec.ni_reason})\n')
            else:
                w(f'  [ ] {sec.ref}  ({doc}:{sec.line})\n')
        tot['covered'] += len(s['covered'])
        tot['missing'] += len(s['missing'])
        tot['na'] += len(s['not_applicable'])
        tot['ni'] += len(s.get('not_implemented', ()))
        tot['total'] += s['total']
    applicable = tot['total'] - tot['na'] - tot['ni']
    pct = 100.0 * tot['covered'] / applicable if applicable else 100.0
    w(f'== total: {tot["covered"]}/{applicable} sections covered ({pct:.1f}%), '
      f'{tot["missing"]} missing, {tot["na"]} not applicable, {tot["ni"]} not implemented\n')
    if problems:
        w(f'== {len(problems)} problem(s) with spec marks:\n')
        for p in problems:
            w(f'  {p.where}: {p.message}\n')


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog='python -m spec_tests.report', description=__doc__.split('\n\n')[0])
    ap.add_argument('--doc', action='append', choices=DOCS, help='only this doc (repeatable)')
    ap.add_argument('--missing', action='store_true', help='list only the sections without tests')
    ap.add_argument('--fail-under', type=float, metavar='N',
                    help='exit 1 when the coverage %% of each given doc (or of all docs) is below N')
    ap.add_argument('--all', action='store_true', help='also count class and prose headings')
    ap.add_argument('--strict', action='store_true', help='exit 1 when a mark names an unknown or ambiguous heading')
    args = ap.parse_args(argv)
    docs = load_docs()
    include = ('api', 'event', 'class', 'prose') if args.all else COUNTED_KINDS
    summary, problems = build(docs, scan_marks(test_files()), load_not_applicable(), include,
                              load_not_applicable(NOT_IMPLEMENTED))
    shown = {d: summary[d] for d in (args.doc or DOCS)}
    if args.doc:
        problems = [p for p in problems if p.doc in args.doc or p.doc not in DOCS]
    render(shown, problems, args.missing)
    status = 0
    if args.fail_under is not None:
        if args.doc:
            low = [d for d in args.doc if summary[d]['percent'] < args.fail_under]
        else:
            cov = sum(len(s['covered']) for s in summary.values())
            app = sum(s['total'] - len(s['not_applicable']) - len(s['not_implemented'])
                      for s in summary.values())
            low = ['total'] if app and 100.0 * cov / app < args.fail_under else []
        if low:
            print(f'FAIL: coverage below {args.fail_under:g}% for {", ".join(low)}')
            status = 1
    if args.strict and problems:
        status = 1
    return status


if __name__ == '__main__':
    sys.exit(main())
