// Checks, in the page, that right-to-left text is laid out so it reads correctly:
// consecutive Arabic words run right to left, and quotes, brackets and colons stay
// attached to the Arabic word they belong to. Used by e2e.cjs on Problems rows and
// hovers. `bidiIssues` runs inside the browser (page.evaluate), so it is self-contained.
'use strict';

function bidiIssues(root, opts) {
  const ignoreSelector = opts && opts.ignore;
  const punct = !(opts && opts.punct === false);
  const isLetter = (c) => /[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/.test(c);
  const isMark = (c) => /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(c);
  const chars = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Text injected by the editor (inlay hints) is not part of the sentence.
    if (ignoreSelector && n.parentElement && n.parentElement.closest(ignoreSelector)) continue;
    for (let i = 0; i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const b = range.getClientRects()[0];
      chars.push({ ch: n.data[i], b: b && b.width > 0 ? { l: b.left, r: b.right, t: b.top } : null });
    }
  }
  const words = [];
  let cur = null;
  chars.forEach((c, i) => {
    if (isLetter(c.ch) || (cur && isMark(c.ch))) {
      if (!cur) cur = { s: i, e: i };
      cur.e = i;
    } else {
      if (cur) words.push(cur);
      cur = null;
    }
  });
  if (cur) words.push(cur);
  const box = (s, e) => {
    let l = Infinity, r = -Infinity, t = null;
    for (let i = s; i <= e; i++) {
      const b = chars[i].b;
      if (!b) continue;
      l = Math.min(l, b.l);
      r = Math.max(r, b.r);
      t = b.t;
    }
    return t === null ? null : { l, r, t };
  };
  const str = (s, e) => chars.slice(s, e + 1).map((c) => c.ch).join('');
  const issues = [];
  for (let k = 1; k < words.length; k++) {
    const a = words[k - 1], b = words[k];
    if (/[A-Za-z0-9]/.test(str(a.e + 1, b.s - 1))) continue; // separate runs around Latin/digits
    const A = box(a.s, a.e), B = box(b.s, b.e);
    if (!A || !B || Math.abs(A.t - B.t) > 3) continue; // wrapped onto another line
    if (B.r > A.l + 2) issues.push(`«${str(b.s, b.e)}» is drawn to the right of the word before it «${str(a.s, a.e)}»`);
  }
  // Closing marks after an Arabic word belong on its left; opening marks before one on its right.
  const closers = '»):؛،.', openers = '«(';
  chars.forEach((c, i) => {
    if (!c.b || !punct) return;
    if (closers.includes(c.ch) && i > 0) {
      let j = i - 1;
      while (j >= 0 && closers.includes(chars[j].ch)) j--;
      if (j < 0 || !(isLetter(chars[j].ch) || isMark(chars[j].ch))) return;
      const w = box(j, j);
      if (!w || Math.abs(w.t - c.b.t) > 3) return;
      if (c.b.r > w.l + 2 || w.l - c.b.r > 24)
        issues.push(`"${c.ch}" after «${str(Math.max(0, j - 6), j)}» is not drawn just left of it`);
    } else if (openers.includes(c.ch) && i + 1 < chars.length) {
      let j = i + 1;
      while (j < chars.length && openers.includes(chars[j].ch)) j++;
      if (j >= chars.length || !isLetter(chars[j].ch)) return;
      const w = box(j, j);
      if (!w || Math.abs(w.t - c.b.t) > 3) return;
      if (c.b.l < w.r - 2 || c.b.l - w.r > 24)
        issues.push(`"${c.ch}" before «${str(j, Math.min(chars.length - 1, j + 6))}» is not drawn just right of it`);
    }
  });
  return issues;
}

module.exports = { bidiIssues };
