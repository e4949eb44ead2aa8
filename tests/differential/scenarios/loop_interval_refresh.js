// setInterval repeats until cleared (also from inside its callback);
// refresh() re-arms a timeout that already fired; a cleared timeout, its
// numeric primitive or its string form all cancel; close() cancels.
const log = (s) => console.log(s);
let n = 0;
const iv = setInterval((tag) => {
  n += 1;
  log(`interval ${tag} ${n}`);
  if (n === 3) {
    clearInterval(iv);
    let fired = 0;
    const t = setTimeout(() => {
      fired += 1;
      log(`refreshable fired ${fired} hasRef ${t.hasRef()}`);
      if (fired < 2) setTimeout(() => { t.refresh(); log('refreshed'); }, 2);
    }, 1);
    const byId = setTimeout(() => log('BUG by id'), 2);
    clearTimeout(+byId);
    const byStr = setTimeout(() => log('BUG by string'), 2);
    clearTimeout(String(+byStr));
    const closed = setTimeout(() => log('BUG closed'), 2);
    log(`close returns itself ${closed.close() === closed}`);
    const cleared = setTimeout(() => log('BUG cleared then refreshed'), 2);
    clearTimeout(cleared);
    cleared.refresh();
    log(`primitive is a number ${typeof +byId === 'number'}`);
  }
}, 2, 'tag');
