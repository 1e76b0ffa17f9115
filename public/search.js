/* Report Atlas search. Classic script: works over http and from file://.
 * Over http it asks Pagefind's index for ranked sections, then keeps only sections whose text really contains every
 * word typed (Pagefind's segmentation of Chinese can match 托位 on a page that only has 托育 and 学位), and adds
 * exact hits Pagefind did not rank. From disk, where module imports and fetch are blocked, it uses the exact match alone. */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="atlas-root"]');
  var root = meta ? meta.content : '/';
  var offline = location.protocol === 'file:' || (meta && meta.dataset.offline === '1');
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var cityBox = document.getElementById('f-city');
  var yearBox = document.getElementById('f-year');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var index = window.ATLAS_INDEX || { reports: [], sections: [] };
  var folded = null;
  var pagefind = null;
  var runId = 0;

  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ''); }
  function terms(q) { return q.split(/\s+/).map(fold).filter(Boolean); }
  function foldedSections() {
    if (!folded) folded = index.sections.map(function (s) { return fold(s[2] + '\n' + s[3]); });
    return folded;
  }
  function sectionUrl(slug, id, words) {
    var page = root + 'reports/' + slug + '/' + (offline ? 'index.html' : '');
    return page + '?highlight=' + encodeURIComponent(words.join(' ')) + '#' + id;
  }
  function exactHits(words) {
    var f = foldedSections();
    var city = cityBox.value, year = yearBox.value;
    var hits = [];
    for (var i = 0; i < index.sections.length; i++) {
      var s = index.sections[i], r = index.reports[s[0]];
      if (city && r.city !== city) continue;
      if (year && String(r.year) !== year) continue;
      var ok = true, score = 0;
      for (var t = 0; t < words.length; t++) {
        var n = f[i].split(words[t]).length - 1;
        if (n === 0) { ok = false; break; }
        score += n + (fold(s[2]).indexOf(words[t]) >= 0 ? 5 : 0);
      }
      if (ok) hits.push({ i: i, score: score });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
    return hits;
  }
  function loadPagefind() {
    if (offline) return Promise.resolve(null);
    if (!pagefind) {
      pagefind = import(root + 'pagefind/pagefind.js').then(function (pf) {
        return pf.options({ excerptLength: 24 }).then(function () { return pf; });
      }).catch(function () { return null; });
    }
    return pagefind;
  }
  /** Pagefind's ranking of sections, as keys slug#id, best first. */
  function pagefindOrder(q) {
    return loadPagefind().then(function (pf) {
      if (!pf) return [];
      return pf.search(q).then(function (res) {
        return Promise.all(res.results.slice(0, 30).map(function (r) { return r.data(); }));
      }).then(function (pages) {
        var keys = [];
        pages.forEach(function (d) {
          var m = d.url.match(/reports\/([^/]+)\//);
          if (!m) return;
          (d.sub_results || []).forEach(function (sr) {
            var hash = sr.url.split('#')[1];
            if (hash) keys.push(m[1] + '#' + hash);
          });
        });
        return keys;
      });
    }).catch(function () { return []; });
  }
  function excerpt(text, words) {
    var f = fold(text);
    var at = f.indexOf(words[0]);
    var start = Math.max(0, at - 30);
    var piece = text.slice(start, start + 110);
    var frag = document.createDocumentFragment();
    if (start > 0) frag.appendChild(document.createTextNode('…'));
    var fp = fold(piece), pos = 0;
    // Mark each word where it occurs (folding keeps the length of CJK text, so indices line up).
    var spans = [];
    words.forEach(function (w) { var k = fp.indexOf(w); while (k >= 0) { spans.push([k, k + w.length]); k = fp.indexOf(w, k + w.length); } });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    spans.forEach(function (sp) {
      if (sp[0] < pos) return;
      frag.appendChild(document.createTextNode(piece.slice(pos, sp[0])));
      var m = document.createElement('mark'); m.textContent = piece.slice(sp[0], sp[1]); frag.appendChild(m);
      pos = sp[1];
    });
    frag.appendChild(document.createTextNode(piece.slice(pos) + (start + 110 < text.length ? '…' : '')));
    return frag;
  }
  function render(order, words) {
    list.textContent = '';
    var reportsSeen = {};
    order.forEach(function (i) {
      var s = index.sections[i], r = index.reports[s[0]];
      reportsSeen[r.slug] = true;
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = sectionUrl(r.slug, s[1], words);
      a.className = 'where';
      a.textContent = r.title + ' › ' + s[2];
      var p = document.createElement('p');
      p.className = 'excerpt';
      p.appendChild(excerpt(s[3] || s[2], words));
      li.appendChild(a); li.appendChild(p);
      list.appendChild(li);
    });
    var n = Object.keys(reportsSeen).length;
    status.textContent = order.length ? '在 ' + n + ' 份报告的 ' + order.length + ' 个章节中找到“' + words.join(' ') + '”。' : '没有章节包含“' + words.join(' ') + '”。';
  }
  function run(q) {
    var words = terms(q);
    var id = ++runId;
    if (!words.length) { list.textContent = ''; status.textContent = '请输入搜索词。'; return; }
    status.textContent = '正在搜索…';
    var exact = exactHits(words);
    var byKey = {};
    exact.forEach(function (h) { var s = index.sections[h.i]; byKey[index.reports[s[0]].slug + '#' + s[1]] = h.i; });
    pagefindOrder(q).then(function (keys) {
      if (id !== runId) return;
      var order = [], used = {};
      keys.forEach(function (k) { if (k in byKey && !used[k]) { used[k] = true; order.push(byKey[k]); } });
      // How many results Pagefind ranked (the rest are exact hits it missed): visible to tests and curious readers.
      list.setAttribute('data-ranked-by-pagefind', String(order.length));
      exact.forEach(function (h) { var s = index.sections[h.i]; var k = index.reports[s[0]].slug + '#' + s[1]; if (!used[k]) { used[k] = true; order.push(h.i); } });
      render(order, words);
    });
  }
  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (cityBox.value) params.set('city', cityBox.value);
    if (yearBox.value) params.set('year', yearBox.value);
    try { history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); syncUrl(); run(input.value); });
  [cityBox, yearBox].forEach(function (el) { el.addEventListener('change', function () { syncUrl(); run(input.value); }); });
  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { syncUrl(); run(input.value); }, 250); });
  var params = new URLSearchParams(location.search);
  if (params.get('city')) cityBox.value = params.get('city');
  if (params.get('year')) yearBox.value = params.get('year');
  if (params.get('q')) { input.value = params.get('q'); run(input.value); }
})();
