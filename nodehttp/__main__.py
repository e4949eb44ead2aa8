"""python -m nodehttp script.py [args...]: run a script like `node script.js`.

The script runs as the first tick (its module-level code, with ``__name__ ==
'__main__'``), then the loop runs until nothing referenced is left.  An
uncaught exception is printed and the exit status is 1, as in Node;
otherwise the status is ``process.exitCode``.
"""

import os
import runpy
import sys
import traceback


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ('-h', '--help'):
        sys.stderr.write('usage: python -m nodehttp script.py [args...]\n')
        return 2
    script = argv[0]
    from . import process
    from .loop import run
    process.argv[:] = [sys.executable, os.path.abspath(script)] + list(argv[1:])
    sys.argv[:] = [script] + list(argv[1:])
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))

    def first_tick():
        runpy.run_path(script, run_name='__main__')

    try:
        code = run(first_tick)
    except SystemExit as exc:
        return exc.code
    except BaseException:
        traceback.print_exc()
        return 1
    sys.stdout.flush()
    return code


if __name__ == '__main__':
    sys.exit(main())
