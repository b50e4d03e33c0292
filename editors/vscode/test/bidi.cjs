// Checks, in the page, that right-to-left text is laid out so it reads correctly:
// consecutive Arabic words run right to left, and quotes, brackets and colons stay
// attached to the Arabic word they belong to. Used by e2e.cjs on Problems rows and
// hovers. `bidiIssues` runs inside the browser (page.evaluate), so it is self-contained.
'use strict';

// opts.punct (default true): check quotes/brackets/colons; opts.latin (default true):
// Arabic words on both sides of Latin text must still read right to left (an Arabic
// sentence in a left-to-right paragraph breaks there); opts.hint: a selector for text
// the editor injects (inlay hints); pairs of words across it are skipped unless
// opts.acrossHints.
function bidiIssues(root, opts) {
  opts = opts || {};
  const punct = opts.punct !== false;
  const latin = opts.latin !== false;
  const isLetter = (c) => /[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF\uFB50-\uFDFF\uFE70-\uFEFC]/.test(c);
  const isMark = (c) => /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(c);
  const chars = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const hint = !!(opts.hint && n.parentElement && n.parentElement.closest(opts.hint));
    // Separate text nodes in different blocks (hover paragraphs) never form one word.
    if (chars.length) chars.push({ ch: '\n', hint: false, b: null, sep: true });
    for (let i = 0; i < n.data.length; i++) {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      const b = range.getClientRects()[0];
      chars.push({ ch: n.data[i], hint, b: b && b.width > 0 ? { l: b.left, r: b.right, t: b.top } : null });
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
    const between = chars.slice(a.e + 1, b.s);
    const acrossHint = between.some((c) => c.hint);
    if (acrossHint && !opts.acrossHints) continue;
    const viaLatin = between.some((c) => !c.hint && /[A-Za-z]/.test(c.ch));
    if (viaLatin && !latin) continue;
    const A = box(a.s, a.e), B = box(b.s, b.e);
    if (!A || !B || Math.abs(A.t - B.t) > 3) continue; // wrapped onto another line
    if (B.r > A.l + 2) {
      const why = acrossHint ? ' (split by an inlay hint)' : viaLatin ? ' (split by Latin text in a left-to-right paragraph)' : '';
      issues.push(`«${str(b.s, b.e)}» is drawn to the right of the word before it «${str(a.s, a.e)}»${why}`);
    }
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
