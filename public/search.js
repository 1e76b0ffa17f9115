/* Report Atlas search. Classic script: works over http and from file://, and never downloads the whole corpus.
 * Over http, Pagefind ranks the pages and each candidate's fragment (which Pagefind fetches anyway) gives its text,
 * cut into sections at the heading anchors; a report is shown only when a section really contains every word as
 * typed (after folding width and case), because Pagefind's segmentation of Chinese can match 托位 on a page that only
 * has 托育 and 学位. From disk, where modules, workers and fetch are blocked, a sharded classic-script index
 * (src/publish/offline-search.ts) names the candidate reports and their section text is loaded by need.
 * Results come in groups, one per report (best sections first), a few reports at a time. */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="atlas-root"]');
  var root = meta ? meta.content : '/';
  var offline = location.protocol === 'file:' || (meta && meta.dataset.offline === '1');
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var filterBoxes = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  /** Reports per batch: a batch costs one Pagefind fragment (or one text file offline) per candidate. */
  var BATCH = 3;
  /**
   * Candidates checked for one request (the first view, or one click on 更多): each costs a fragment (or a text file) to
   * read, and a query whose pairs or words are common but which few reports hold exactly could otherwise read report
   * after report. When they run out before BATCH reports are found, the reader is offered to go on.
   */
  var CHECKS_PER_REQUEST = 3 * BATCH;
  /** Sections shown with an excerpt per report; the rest are listed behind a disclosure. */
  var SHOWN_SECTIONS = 3;
  var current = null;

  /** Keep in step with fold() in src/publish/offline-search.ts. */
  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '').replace(/_(?=\d)/g, ''); }
  function terms(q) { return q.split(/\s+/).map(fold).filter(Boolean); }
  function count(hay, needle) { var n = 0, k = hay.indexOf(needle); while (k >= 0) { n++; k = hay.indexOf(needle, k + needle.length); } return n; }
  /**
   * The chosen filters, as Pagefind takes them. A tier (国家 · 省级 · 地级 · 县级, as 词语历年 counts reports) is the
   * levels its option lists (data-levels): any of them, or the level chosen beside it when that is one of them —
   * otherwise no report can match, which the impossible level '' says.
   */
  function filters() {
    var f = {}, levels = null;
    filterBoxes.forEach(function (el) {
      if (!el.value) return;
      if (el.dataset.filter === 'tier') levels = el.selectedOptions[0].dataset.levels.split(',');
      else f[el.dataset.filter] = el.value;
    });
    if (levels) {
      if (!f.level) f.level = { any: levels };
      else if (levels.indexOf(f.level) < 0) f.level = '';
    }
    return f;
  }
  /** Whether a report's filter value (offline index) passes a filter: a value, or any of a list. */
  function passes(value, wanted) { return typeof wanted === 'string' ? value === wanted : wanted.any.indexOf(value) >= 0; }

  /** A report's sections that contain every word, best first; null when none does. */
  function exactGroup(slug, title, sections, words) {
    var hits = [];
    sections.forEach(function (s, order) {
      var text = fold(s.heading + '\n' + s.text), head = fold(s.heading), score = 0;
      for (var i = 0; i < words.length; i++) {
        var n = count(text, words[i]);
        if (!n) return;
        score += n + (head.indexOf(words[i]) >= 0 ? 5 : 0);
      }
      hits.push({ id: s.id, heading: s.heading, text: s.text, score: score, order: order });
    });
    if (!hits.length) return null;
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return { slug: slug, title: title, sections: hits };
  }

  // ---- Over http: Pagefind's index, in parts by year, and fragments ----
  /**
   * The index is in parts of a bounded size, newest years first (src/publish/search-parts.ts): Pagefind loads the
   * primary one (pagefind/, the newest part) and each other part is merged into the search (mergeIndex) only when the
   * reader asks for more than the parts searched hold, or filters by a year they do not cover. What a search loads then
   * stays bounded however many reports the site has. Candidates are read part by part (newest first), each part's in
   * Pagefind's order — for a phrase, those where its words stand together before the others (pagefindSearch).
   */
  var pagefind = null;
  var parts = null;
  /** The parts' directory (pagefind/directory/: one page per part, holding its pair tokens), once merged into the search. */
  var directoryPath = null, directoryMerged = null;
  /** Parts merged into the search (the primary always is), by index: the promise of its merge. */
  var merged = { 0: Promise.resolve() };
  /** Parts a request may add to the search beyond those it starts with: each costs its metadata and word chunks. */
  var PARTS_PER_REQUEST = 2;
  /**
   * Candidates a request reads whose query words Pagefind found only apart, never one after another (chained): a
   * fragment each (≈ 15–30 KB) for a report that seldom holds the phrase — a phrase that no report has would otherwise
   * read CHECKS_PER_REQUEST of them.
   */
  var APART_PER_REQUEST = 3;
  function loadPagefind() {
    if (!pagefind) {
      var manifest = fetch(root + 'pagefind/atlas-parts.json').then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
      var engine = import(root + 'pagefind/pagefind.js').then(function (pf) {
        // In Pagefind's worker: decompressing index chunks and fragments on the main thread blocked it for 0.4–0.9 s
        // under Lighthouse's mobile throttling; in the worker the page stays responsive and the first result comes sooner.
        return pf.options({ excerptLength: 0 }).then(function () { return pf.init(); }).then(function () { return pf; });
      });
      pagefind = Promise.all([engine, manifest]).then(function (both) {
        parts = both[1] && both[1].parts && both[1].parts.length ? both[1].parts : [{ path: '', prefix: '', reports: null, years: [], unknownYear: true }];
        directoryPath = both[1] && both[1].directory;
        return both[0];
      });
    }
    return pagefind;
  }
  /** The part a page of the parts' directory stands for (its fragment is named dir_<k>), or -1 for a report's page. */
  function directoryPart(id) { return id.indexOf('dir_') === 0 ? Number(id.slice(4)) : -1; }
  /**
   * A pair of characters as a word of the parts' directory: both code points in hexadecimal, five digits each, in
   * full-width digits and letters, which Pagefind's query cutting leaves whole. Keep in step with pairToken in
   * src/publish/search-parts.ts.
   */
  function pairToken(a, b) {
    var hex = ('0000' + a.toString(16)).slice(-5) + ('0000' + b.toString(16)).slice(-5);
    return hex.replace(/[0-9a-f]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) + 0xfee0); });
  }
  /** The pair tokens of the query's words, each once; none for a word of one character. */
  function pairTokens(words) {
    var tokens = [];
    words.forEach(function (w) {
      var chars = Array.from(w, function (c) { return c.codePointAt(0); });
      for (var i = 0; i + 1 < chars.length; i++) {
        var t = pairToken(chars[i], chars[i + 1]);
        if (tokens.indexOf(t) < 0) tokens.push(t);
      }
    });
    return tokens;
  }
  /** The part of a result: its fragment's name begins with the part's prefix. */
  function partOf(id) {
    for (var k = parts.length - 1; k > 0; k--) if (parts[k].prefix && id.indexOf(parts[k].prefix) === 0) return k;
    return 0;
  }
  /** Whether a part can hold reports that pass the filters: only the year tells, as the parts are cut by year. */
  function partCovers(part, f) {
    if (!f.year) return true;
    return f.year === '未知' ? part.unknownYear : part.years.indexOf(Number(f.year)) >= 0;
  }
  /** The years a list of parts covers, as a reader reads them: 2024—2026年. */
  function yearsOf(list) {
    var years = [], unknown = false;
    list.forEach(function (p) { years = years.concat(p.years); unknown = unknown || p.unknownYear; });
    var lo = Math.min.apply(null, years), hi = Math.max.apply(null, years);
    var span = years.length ? (lo === hi ? lo : lo + '—' + hi) + '年' : '';
    return unknown ? (span ? span + '及年份不详' : '年份不详') : span;
  }
  /**
   * Words back into text: a space only between two words that end and begin with a Latin letter or digit. Pagefind
   * indexes the search documents (src/publish/search-documents.ts) with their words between spaces: keep in step with
   * joinWords there.
   */
  function joinWords(words) {
    var out = '';
    for (var i = 0; i < words.length; i++) {
      if (i > 0 && /[A-Za-z0-9]$/.test(words[i - 1]) && /^[A-Za-z0-9]/.test(words[i])) out += ' ';
      out += words[i];
    }
    return out;
  }
  /** The sections of a Pagefind fragment: its words between one heading anchor and the next. */
  function fragmentSections(d) {
    // Anchor locations count the fragment's words (its content, with < and > escaped, split at spaces).
    var words = d.content.replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(/\s+/);
    var anchors = (d.anchors || []).filter(function (a) { return /^h[1-6]$/.test(a.element) && a.id; });
    anchors.sort(function (a, b) { return a.location - b.location; });
    // The words after the text (the ends of its words, indexed so that a query may begin inside one) are no section's.
    var textEnd = words.length;
    (d.anchors || []).forEach(function (a) { if (a.id === 'atlas-word-ends') textEnd = Math.min(textEnd, a.location); });
    return anchors.map(function (a, k) {
      var end = k + 1 < anchors.length ? anchors[k + 1].location : textEnd;
      var headingWords = a.text.split(/\s+/).filter(Boolean);
      // The heading's own words open the section; the rest is its body.
      return { id: a.id, heading: joinWords(headingWords), text: joinWords(words.slice(Math.min(a.location + headingWords.length, end), end)) };
    });
  }
  /** The query as typed, and as pages that write subscripts (PM_2.5) were indexed: Pagefind keeps the underscore. */
  function variants(words) {
    var q = words.join(' '), sub = q.replace(/([a-z])(\d)/g, '$1_$2');
    return sub === q ? [q] : [q, sub];
  }
  /**
   * Pagefind's words of a query word: its search cuts a Chinese query with Intl.Segmenter, drops punctuation and
   * lowers the case (pagefind.js; keep in step). Where the browser has no segmenter, the word as one.
   */
  var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
  var PUNCTUATION = /^(\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps})$/u;
  function pagefindTerms(word) {
    if (!segmenter) return [word];
    var terms = [];
    Array.from(segmenter.segment(word)).forEach(function (s) {
      var t = Array.from(s.segment).filter(function (c) { return !PUNCTUATION.test(c); }).join('').toLowerCase().trim();
      if (t) terms.push(t);
    });
    return terms;
  }
  /** Whether some location of the first word is followed by the second word's, and so on: the words stand together. */
  function chained(locationSets) {
    if (locationSets.some(function (set) { return !set; })) return false;
    return Object.keys(locationSets[0]).some(function (l) {
      for (var i = 1; i < locationSets.length; i++) if (!locationSets[i][Number(l) + i]) return false;
      return true;
    });
  }
  function pagefindSearch(words, f) {
    // A query word Pagefind cuts into several words is a phrase: pages where they stand together are read first.
    var phrases = words.map(pagefindTerms).filter(function (terms) { return terms.length > 1; });
    var phraseTerms = [];
    phrases.forEach(function (terms) { terms.forEach(function (t) { if (phraseTerms.indexOf(t) < 0) phraseTerms.push(t); }); });
    return loadPagefind().then(function (pf) {
      var checked = {};
      var queue = [];
      var addedThisRequest = 0, apartThisRequest = 0;
      var wanted = [];
      parts.forEach(function (p, k) { if (partCovers(p, f)) wanted.push(k); });
      /**
       * The parts that can hold the words (part → true): those whose text has every character pair of them, once the
       * directory is merged; null before, or for words of one character, which every part has.
       */
      var holding = null;
      var tokens = pairTokens(words);
      /** Searches every part merged so far; the candidates not yet read, part by part (newest first), best first. */
      function searchMerged() {
        // Each word of a phrase on its own too: where in each page it stands (the chunks are loaded already).
        var searches = variants(words).concat(phraseTerms).map(function (q) { return pf.search(q, { filters: f }); });
        // The directory, with the pair tokens: only its pages hold them (the parts' indexes load no chunk for them).
        if (directoryMerged && tokens.length) {
          searches.push(pf.search(tokens.join(' '), { filters: f }).then(function (res) {
            holding = {};
            res.results.forEach(function (r) { var part = directoryPart(r.id); if (part >= 0) holding[part] = true; });
            return { results: [] };
          }));
        }
        return Promise.all(searches).then(function (answers) {
          if (directoryMerged && tokens.length) answers.pop();
          var at = {};
          answers.slice(answers.length - phraseTerms.length).forEach(function (res, i) {
            var byPage = at[phraseTerms[i]] = {};
            res.results.forEach(function (r) {
              var set = byPage[r.id] = {};
              r.words.forEach(function (l) { set[l] = true; });
            });
          });
          var seen = {}, results = [];
          answers.slice(0, answers.length - phraseTerms.length).forEach(function (res) {
            res.results.forEach(function (r) {
              if (directoryPart(r.id) >= 0 || seen[r.id] || checked[r.id]) return;
              seen[r.id] = true;
              var together = phrases.every(function (terms) { return chained(terms.map(function (t) { return at[t][r.id]; })); });
              results.push({ r: r, part: partOf(r.id), together: together });
            });
          });
          // The pages where a phrase's words stand one after another first (Pagefind ranks by the words alone, so near
          // copies of a report that has them apart can fill its first places), then the others; each part by part,
          // newest first, in Pagefind's order.
          results.sort(function (a, b) { return b.together - a.together || a.part - b.part || b.r.score - a.r.score; });
          queue = results;
        });
      }
      /** The parts the filters leave, not merged yet, that can hold the words (all, until the directory says). */
      function unmerged() { return wanted.filter(function (k) { return !(k in merged) && (!holding || holding[k]); }); }
      /**
       * Merges the next part the filters leave (newest first) into the search, and searches again. The first time,
       * the directory first (a few KB: its metadata and a chunk a pair), which says which parts can hold the words, so
       * that parts without them are never loaded: a name in a few old reports is found in the first view.
       */
      function mergeNext() {
        if (directoryPath && !directoryMerged && tokens.length) {
          directoryMerged = pf.mergeIndex(root + 'pagefind/' + directoryPath, { excerptLength: 0 });
          return directoryMerged.then(searchMerged);
        }
        var k = unmerged()[0];
        addedThisRequest++;
        merged[k] = pf.mergeIndex(root + 'pagefind/' + parts[k].path, { excerptLength: 0 });
        return merged[k].then(searchMerged);
      }
      function reportsLeft() { return unmerged().reduce(function (n, k) { return n + (parts[k].reports || 0); }, 0); }
      function searchedParts() { return parts.filter(function (p, k) { return k in merged && wanted.indexOf(k) >= 0; }); }
      return searchMerged().then(function () {
        return {
          ranked: true,
          /** A new request (the first view, or a click on 更多) may merge parts again. */
          startRequest: function () { addedThisRequest = 0; apartThisRequest = 0; },
          /** The years searched so far and the years not yet searched, while some part the filters leave is not. */
          scope: function () {
            var rest = unmerged();
            if (!rest.length) return null;
            return { searched: yearsOf(searchedParts()), rest: yearsOf(rest.map(function (k) { return parts[k]; })) };
          },
          /** The next batch, in order; `onGroup` sees each exact group as soon as it and those before it are known. */
          next: function next(onGroup, size) {
            // No candidate left in the parts searched whose words stand together: the next part, if this request may
            // still add one, before any whose words are apart.
            var together = queue.length && queue[0].together;
            if (!together && unmerged().length && addedThisRequest < PARTS_PER_REQUEST) return mergeNext().then(function () { return next(onGroup, size); });
            // Candidates whose words Pagefind found only apart seldom hold the phrase: a few of them per request.
            var batch = [];
            while (batch.length < size && queue.length && (queue[0].together || apartThisRequest < APART_PER_REQUEST)) {
              if (!queue[0].together) apartThisRequest++;
              batch.push(queue.shift().r);
            }
            batch.forEach(function (r) { checked[r.id] = true; });
            var groups = [];
            var chain = Promise.resolve();
            batch.forEach(function (r) {
              var loading = r.data();
              chain = chain.then(function () { return loading; }).then(function (d) {
                var m = d.url.match(/reports\/([^/]+)\//);
                var g = m ? exactGroup(m[1], (d.meta && d.meta.title) || m[1], fragmentSections(d), words) : null;
                if (g) { g.part = partOf(r.id); groups.push(g); onGroup(g); }
              });
            });
            return chain.then(function () {
              var partsLeft = unmerged().length > 0;
              // What is left is for another request (the reader asks): parts not merged, or candidates whose words are apart.
              var blocked = queue.length ? !queue[0].together && apartThisRequest >= APART_PER_REQUEST : partsLeft && addedThisRequest >= PARTS_PER_REQUEST;
              return { groups: groups, checked: batch.length, left: queue.length + (partsLeft ? reportsLeft() : 0), paused: blocked };
            });
          },
        };
      });
    });
  }

  // ---- From disk: the sharded classic-script index ----
  var shards = {}, texts = {}, scripts = {};
  window.ATLAS_SHARD = function (n, postings) { shards[n] = postings; };
  window.ATLAS_TEXT = function (n, sections) { texts[n] = sections; };
  function loadScript(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () { reject(new Error('cannot load ' + src)); };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }
  function shardOf(key, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % n;
  }
  function keysOf(word) {
    if (word.length === 1) return [word];
    var keys = [];
    for (var i = 0; i + 1 < word.length; i++) keys.push(word.slice(i, i + 2));
    return keys;
  }
  /** report index → count, from a posting list "delta[.count],…" in base 36. */
  function decode(list) {
    var out = {}, prev = 0;
    if (!list) return out;
    list.split(',').forEach(function (p) {
      var dot = p.indexOf('.');
      prev += parseInt(dot < 0 ? p : p.slice(0, dot), 36);
      out[prev] = dot < 0 ? 1 : parseInt(p.slice(dot + 1), 36);
    });
    return out;
  }
  var FILTER_COLUMN = { province: 2, city: 3, level: 4, year: 5 };
  function offlineSearch(words, f) {
    var base = root + 'search/offline/';
    return loadScript(base + 'reports.js').then(function () {
      var index = window.ATLAS_OFFLINE_SEARCH;
      var keys = {};
      words.forEach(function (w) { keysOf(w).forEach(function (k) { keys[k] = true; }); });
      keys = Object.keys(keys);
      var needed = {};
      keys.forEach(function (k) { needed[shardOf(k, index.shards)] = true; });
      return Promise.all(Object.keys(needed).map(function (n) { return loadScript(base + 'shards/' + n + '.js'); })).then(function () {
        var candidates = null;
        keys.forEach(function (k) {
          var posting = decode(shards[shardOf(k, index.shards)][k]);
          if (candidates === null) { candidates = posting; return; }
          Object.keys(candidates).forEach(function (r) { if (!(r in posting)) delete candidates[r]; else candidates[r] = Math.min(candidates[r], posting[r]); });
        });
        var order = Object.keys(candidates || {}).map(Number).filter(function (r) {
          var m = index.reports[r];
          return Object.keys(f).every(function (name) { return passes(String(m[FILTER_COLUMN[name]] == null ? '未知' : m[FILTER_COLUMN[name]]), f[name]); });
        });
        // The fewest occurrences of any pair bounds how often the words occur: a fair first ranking.
        order.sort(function (a, b) { return candidates[b] - candidates[a] || a - b; });
        var cursor = 0;
        return {
          ranked: false,
          next: function (onGroup, size) {
            var batch = order.slice(cursor, cursor + size);
            cursor += batch.length;
            return Promise.all(batch.map(function (r) { return loadScript(base + 'text/' + r + '.js'); })).then(function () {
              var groups = batch.map(function (r) {
                var m = index.reports[r];
                var sections = texts[r].map(function (s) { return { id: s[0], heading: s[1], text: s[2] }; });
                return exactGroup(m[0], m[1], sections, words);
              }).filter(Boolean);
              groups.sort(function (a, b) { return b.sections.length - a.sections.length; });
              groups.forEach(onGroup);
              return { groups: groups, checked: batch.length, left: order.length - cursor };
            });
          },
        };
      });
    });
  }

  // ---- Rendering ----
  function sectionUrl(slug, id, words) {
    var page = root + 'reports/' + slug + '/' + (offline ? 'index.html' : '');
    return page + '?highlight=' + encodeURIComponent(words.join(' ')) + '#' + id;
  }
  function excerpt(text, words) {
    var f = fold(text);
    var at = Math.max(0, f.indexOf(words[0]));
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
      var m = document.createElement('mark'); m.className = 'search-hit'; m.textContent = piece.slice(sp[0], sp[1]); frag.appendChild(m);
      pos = sp[1];
    });
    frag.appendChild(document.createTextNode(piece.slice(pos) + (start + 110 < text.length ? '…' : '')));
    return frag;
  }
  function sectionLink(g, s, words) {
    var a = document.createElement('a');
    a.href = sectionUrl(g.slug, s.id, words);
    a.className = 'where';
    a.textContent = s.heading;
    return a;
  }
  function renderGroup(g, words) {
    var li = document.createElement('li');
    li.className = 'hit-report';
    li.setAttribute('data-report', g.slug);
    if (g.part !== undefined) li.setAttribute('data-part', String(g.part));
    var h = document.createElement('h2');
    h.textContent = g.title;
    var n = document.createElement('span');
    n.className = 'muted hit-count';
    n.textContent = g.sections.length + ' 节';
    h.appendChild(n);
    li.appendChild(h);
    var ol = document.createElement('ol');
    g.sections.slice(0, SHOWN_SECTIONS).forEach(function (s) {
      var item = document.createElement('li');
      item.appendChild(sectionLink(g, s, words));
      var p = document.createElement('p');
      p.className = 'excerpt';
      p.appendChild(excerpt(s.text || s.heading, words));
      item.appendChild(p);
      ol.appendChild(item);
    });
    li.appendChild(ol);
    if (g.sections.length > SHOWN_SECTIONS) {
      var more = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = '本报告另有 ' + (g.sections.length - SHOWN_SECTIONS) + ' 节';
      more.appendChild(summary);
      var rest = document.createElement('ol');
      rest.start = SHOWN_SECTIONS + 1;
      g.sections.slice(SHOWN_SECTIONS).forEach(function (s) {
        var item = document.createElement('li');
        item.appendChild(sectionLink(g, s, words));
        rest.appendChild(item);
      });
      more.appendChild(rest);
      li.appendChild(more);
    }
    return li;
  }
  function describe(run, done, paused) {
    var q = '“' + run.display + '”';
    // While parts of the index (older years) are not searched yet, say which years were.
    var scope = !done && run.engine && run.engine.scope ? run.engine.scope() : null;
    var where = scope ? '（已查找' + scope.searched + '的报告，' + scope.rest + '的报告尚未查找）' : '';
    if (!run.reports && paused) {
      return (run.checked ? '已查看 ' + run.checked + ' 份可能包含' + q + '的报告，还没有找到' : '还没有找到' + q) + '；还有报告可继续查找' + where + '。';
    }
    if (!run.reports) return done ? '没有章节包含' + q + '。' : '正在查找' + q + '…';
    return '在 ' + run.reports + ' 份报告的 ' + run.sections + ' 个章节中找到' + q + (done ? '。' : '；还有报告可继续查找' + where + '。');
  }
  /** Shows the next BATCH reports with exact hits, loading candidates in batches until they are found or none is left. */
  function more(run, filling) {
    if (!filling) {
      run.wanted = run.reports + BATCH;
      run.checked = 0;
      if (run.engine.startRequest) run.engine.startRequest();
    }
    var size = run.wanted - run.reports;
    moreButton.hidden = true;
    list.setAttribute('aria-busy', 'true');
    // What is found is said once the request is done: a part of the index merged or a fragment read can take a while.
    status.textContent = run.reports ? '已列出 ' + run.reports + ' 份报告，正在继续查找…' : describe(run, false);
    // Only as many candidates as reports are still wanted: each costs a fragment (or a text file) to check.
    return run.engine.next(function (g) {
      if (run !== current) return;
      list.appendChild(renderGroup(g, run.words));
      run.reports++;
      run.sections += g.sections.length;
    }, size).then(function (page) {
      if (run !== current) return;
      run.checked += page.checked;
      if (run.engine.ranked) list.setAttribute('data-ranked-by-pagefind', String(run.reports));
      // A batch whose candidates were not all exact leaves the page short: fill it to BATCH reports while any are left.
      if (page.left > 0 && !page.paused && run.reports < run.wanted && run.checked < CHECKS_PER_REQUEST) return more(run, true);
      moreButton.hidden = page.left === 0;
      list.removeAttribute('aria-busy');
      status.textContent = describe(run, page.left === 0, page.left > 0 && run.reports < run.wanted);
    });
  }
  /** The same words on 词语历年 (how many reports contain them, year by year), from every search with words. */
  var termsLink = document.getElementById('search-terms-link');
  function updateTermsLink(q) {
    // One word only: 词语历年 counts a term as typed, and words typed apart are no one term (就业 托育 is not 就业托育).
    var term = q.trim();
    termsLink.hidden = !term || /\s/.test(term);
    var a = termsLink.querySelector('a');
    a.href = root + 'terms/' + (offline ? 'index.html' : '') + '?q=' + encodeURIComponent(term);
    a.querySelector('span').textContent = term;
  }
  function search(q) {
    updateTermsLink(q);
    var words = terms(q);
    list.textContent = '';
    list.removeAttribute('data-ranked-by-pagefind');
    moreButton.hidden = true;
    list.removeAttribute('aria-busy');
    if (!words.length) { current = null; status.textContent = '请输入搜索词。'; return; }
    var run = current = { words: words, display: q.trim().replace(/\s+/g, ' '), reports: 0, sections: 0, wanted: 0, engine: null };
    status.textContent = '正在搜索…';
    (offline ? offlineSearch(words, filters()) : pagefindSearch(words, filters())).then(function (engine) {
      if (run !== current) return;
      run.engine = engine;
      return more(run);
    }).catch(function (e) {
      if (run === current) { list.removeAttribute('aria-busy'); status.textContent = '搜索出错：' + e.message; }
    });
  }

  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    filterBoxes.forEach(function (el) { if (el.value) params.set(el.name, el.value); });
    try { history.replaceState(null, '', '?' + params.toString()); } catch (e) { /* file:// may refuse */ }
  }
  // A search typed, then submitted at once, runs once: the submit cancels the typing's pending search, which would
  // otherwise start again 300 ms later and clear the results just shown.
  var timer;
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); syncUrl(); search(input.value); });
  filterBoxes.forEach(function (el) { el.addEventListener('change', function () { clearTimeout(timer); syncUrl(); search(input.value); }); });
  moreButton.addEventListener('click', function () { if (current && current.engine) more(current); });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { syncUrl(); search(input.value); }, 300); });
  // Over http, Pagefind starts (module, worker, wasm, metadata) while the reader types, not after.
  if (!offline) loadPagefind().catch(function () { /* reported when a search runs */ });
  var params = new URLSearchParams(location.search);
  filterBoxes.forEach(function (el) { if (params.get(el.name)) el.value = params.get(el.name); });
  if (params.get('q')) { input.value = params.get('q'); search(input.value); }
})();
