/* Report Atlas: reads the index of the page 词语历年 (src/publish/term-index.ts writes it; keep the two in step).
 * Classic script, so that it works from file:// too; it also runs in Node (the unit tests evaluate this very file).
 * countTerm(term, meta, loadShard) → a promise of { status, term, rows, unknown } where status is
 *   'exact'      rows: [{ tier, year, reports, total }] — reports containing the term, every (tier, year) of the index;
 *   'empty'      nothing to look for after folding;
 *   'too-long'   the shards the term needs could exceed the download budget: nothing loaded, nothing counted;
 *   'too-common' a gram the term needs kept no positions (too common): no count is given rather than a wrong one.
 * loadShard(kind, n) resolves to a shard's postings (kind 0: report sets, 1: positional grams). */
(function (global) {
  'use strict';
  /** What one query may download, in bytes: the budget the shard sizes are checked against before loading. */
  var QUERY_BUDGET_BYTES = 300 * 1024;
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /** Keep in step with fold() in src/publish/offline-search.ts and public/search.js. */
  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '').replace(/_(?=\d)/g, ''); }
  /** FNV-1a over UTF-16 code units, as shardOf in src/publish/offline-search.ts. */
  function shardOf(key, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h % n;
  }
  /** A report set (delta list in base 36, or `~` and a bitset in 6-bit digits) → a function telling membership and the list. */
  function decodeSet(text) {
    var out = [];
    if (!text) return out;
    if (text.charAt(0) === '~') {
      for (var i = 1; i < text.length; i++) {
        var d = B64.indexOf(text.charAt(i));
        for (var b = 0; b < 6; b++) if (d & (1 << b)) out.push((i - 1) * 6 + b);
      }
      return out;
    }
    var prev = -1;
    text.split(',').forEach(function (p) { prev += parseInt(p, 36) + 1; out.push(prev); });
    return out;
  }
  /** A positional posting → { report: [positions] }. */
  function decodePositions(text) {
    var out = {}, prev = -1;
    text.split(',').forEach(function (piece) {
      var colon = piece.indexOf(':');
      prev += parseInt(piece.slice(0, colon), 36) + 1;
      var at = 0;
      out[prev] = piece.slice(colon + 1).split('.').map(function (d) { at += parseInt(d, 36); return at; });
    });
    return out;
  }
  /** Offsets of the grams cut from a term of `length`: every `n` characters, and the last n characters. */
  function coverOffsets(length, n) {
    var offsets = [];
    for (var o = 0; o + n < length; o += n) offsets.push(o);
    offsets.push(length - n);
    return offsets;
  }
  /** Reports (numbers) → rows per (tier, year) of the index's groups; reports of no known tier or year counted apart. */
  function tally(meta, reports) {
    var sorted = reports.slice().sort(function (a, b) { return a - b; });
    var rows = [], unknown = 0, k = 0;
    meta.groups.forEach(function (g) {
      var from = g[2], to = g[2] + g[3], n = 0;
      while (k < sorted.length && sorted[k] < from) k++;
      while (k < sorted.length && sorted[k] < to) { n++; k++; }
      if (g[0] === null || g[1] === null) unknown += n;
      else rows.push({ tier: g[0], year: g[1], reports: n, total: g[3] });
    });
    return { rows: rows, unknown: unknown };
  }
  /** The shards a term needs: [kind, number] pairs, distinct. */
  function shardsFor(term, meta) {
    if (term.length <= meta.setGramMax) return [[0, shardOf(term, meta.setShards)]];
    var seen = {}, out = [];
    coverOffsets(term.length, meta.positionGram).forEach(function (o) {
      var n = shardOf(term.slice(o, o + meta.positionGram), meta.gramShards);
      if (!seen[n]) { seen[n] = true; out.push([1, n]); }
    });
    return out;
  }
  /** The most bytes a query for `term` downloads: the index's own file and its shards at their largest. */
  function bytesAtMost(term, meta, metaBytes) {
    return metaBytes + shardsFor(term, meta).length * meta.shardMaxBytes;
  }
  function countTerm(typed, meta, loadShard, metaBytes) {
    var term = fold(typed || '');
    var result = function (status, reports) {
      var t = reports ? tally(meta, reports) : { rows: [], unknown: 0 };
      return { status: status, term: term, rows: t.rows, unknown: t.unknown };
    };
    if (!term) return Promise.resolve(result('empty'));
    if (bytesAtMost(term, meta, metaBytes || 0) > QUERY_BUDGET_BYTES) return Promise.resolve(result('too-long'));
    var needed = shardsFor(term, meta);
    return Promise.all(needed.map(function (s) { return loadShard(s[0], s[1]); })).then(function (shards) {
      var byNumber = {};
      needed.forEach(function (s, i) { byNumber[s[0] + '/' + s[1]] = shards[i]; });
      if (term.length <= meta.setGramMax) return result('exact', decodeSet(byNumber['0/' + shardOf(term, meta.setShards)][term]));
      var n = meta.positionGram, offsets = coverOffsets(term.length, n), postings = [];
      for (var i = 0; i < offsets.length; i++) {
        var g = term.slice(offsets[i], offsets[i] + n);
        var text = byNumber['1/' + shardOf(g, meta.gramShards)][g];
        if (!text) return result('exact', []); // a gram of the term stands in no report: neither does the term
        if (text.charAt(0) === '!') {
          if (term.length === n) return result('exact', decodeSet(text.slice(1)));
          return result('too-common');
        }
        postings.push(decodePositions(text));
      }
      if (term.length === n) return result('exact', Object.keys(postings[0]).map(Number));
      // The term stands at p where each gram stands at p + its offset.
      var found = [];
      Object.keys(postings[0]).forEach(function (r) {
        var sets = [];
        for (var j = 1; j < postings.length; j++) {
          if (!postings[j][r]) return;
          var s = {};
          postings[j][r].forEach(function (p) { s[p] = true; });
          sets.push(s);
        }
        var hit = postings[0][r].some(function (p) {
          for (var j = 1; j < offsets.length; j++) if (!sets[j - 1][p + offsets[j]]) return false;
          return true;
        });
        if (hit) found.push(Number(r));
      });
      return result('exact', found);
    });
  }
  global.AtlasTermIndex = { fold: fold, countTerm: countTerm, bytesAtMost: bytesAtMost, shardsFor: shardsFor, decodeSet: decodeSet, QUERY_BUDGET_BYTES: QUERY_BUDGET_BYTES };
})(typeof window !== 'undefined' ? window : globalThis);
