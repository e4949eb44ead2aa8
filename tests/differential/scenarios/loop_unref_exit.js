// An unref'd timer, interval or immediate does not keep the process alive;
// ref() undoes unref(); 'beforeExit' and 'exit' get the exit code;
// process.exitCode sets it.
const log = (s) => console.log(s);
process.on('beforeExit', (code) => {
  log(`beforeExit ${code}`);
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => log('timer from beforeExit'), 1);
  }
});
process.on('exit', (code) => log(`exit ${code} exitCode ${process.exitCode}`));
let scheduled = false;
const never = setTimeout(() => log('BUG unref timer fired'), 10000);
log(`unref returns itself ${never.unref() === never} hasRef ${never.hasRef()}`);
const iv = setInterval(() => log('BUG unref interval fired'), 10000).unref();
log(`interval hasRef ${iv.hasRef()}`);
const imm = setImmediate(() => log('unref immediate ran (the loop is alive anyway)'));
imm.unref();
log(`immediate hasRef ${imm.hasRef()}`);
const back = setTimeout(() => log('ref again fired'), 20);
back.unref();
back.ref();
log(`ref again hasRef ${back.hasRef()}`);
const ran = setImmediate(() => {
  log('immediate ran');
  setImmediate(() => log(`after running hasRef ${ran.hasRef()}`));
});
process.exitCode = 3;
