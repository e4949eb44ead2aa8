# An unref'd timer, interval or immediate does not keep the process alive;
# ref() undoes unref(); 'beforeExit' and 'exit' get the exit code;
# process.exitCode sets it.
import sys

import nodehttp
from nodehttp import process, timers


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    state = {'scheduled': False}

    def before_exit(code):
        log('beforeExit %d' % code)
        if not state['scheduled']:
            state['scheduled'] = True
            timers.setTimeout(lambda: log('timer from beforeExit'), 1)
    process.on('beforeExit', before_exit)
    process.on('exit', lambda code: log('exit %d exitCode %d' % (code, process.exitCode)))
    never = timers.setTimeout(lambda: log('BUG unref timer fired'), 10000)
    log('unref returns itself %s hasRef %s' % (b(never.unref() is never), b(never.hasRef())))
    iv = timers.setInterval(lambda: log('BUG unref interval fired'), 10000).unref()
    log('interval hasRef %s' % b(iv.hasRef()))
    imm = timers.setImmediate(lambda: log('unref immediate ran (the loop is alive anyway)'))
    imm.unref()
    log('immediate hasRef %s' % b(imm.hasRef()))
    back = timers.setTimeout(lambda: log('ref again fired'), 20)
    back.unref()
    back.ref()
    log('ref again hasRef %s' % b(back.hasRef()))

    def ran_cb():
        log('immediate ran')
        timers.setImmediate(lambda: log('after running hasRef %s' % b(ran.hasRef())))
    ran = timers.setImmediate(ran_cb)
    process.exitCode = 3


sys.exit(nodehttp.run(main))
