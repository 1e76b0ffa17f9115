/* Report Atlas: reads the index of the page 词语历年 (src/publish/term-index.ts writes it and says why it is so; keep
 * the two in step). Classic script, so that it works from file:// too; it also runs in Node (the unit tests evaluate
 * this very file).
 * countTerm(term, meta, loadShard, metaBytes, texts) → a promise of { status, term, rows, unknown } where status is
 *   'exact'      rows: [{ tier, year, reports, total }] — reports containing the term, every (tier, year) of the index;
 *   'empty'      nothing to look for after folding;
 *   'too-long'   the shards the term needs could exceed the download budget: nothing loaded, nothing counted;
 *   'too-common' the positions the term needs are too large to download within the budget (or were not kept): no
 *                count is given rather than a wrong one.
 * loadShard(kind, name) resolves to the bits a shard's file handed to ATLAS_TERM_SHARD(kind, name, bits); the file is
 * shardPath(kind, name) under the index's folder. kind is a gram length: 1 and 2 hold report sets, 3 report sets and
 * positions; name is a shard's number, or `p<t>` for a file of positions too large for their shard (and of the report
 * sets of the quadruples the commonest triples begin, which answer a four-character term in one set).
 * texts (optional: an offline edition, whose index keeps no positions and says so with meta.texts) is
 *   { load(n) → a promise of a report's sections as [id, heading, text] (the offline search's text file n, which is
 *   meta.texts[r] for the index's report r), progress(done, total), stopped() → true once the query is no longer
 *   wanted }: where positions are not there, a longer term's candidates are confirmed in their text, a few at a time. */
(function (global) {
  'use strict';
  /** What one query may download, in bytes: the budget sizes are checked against before anything is loaded. */
  var QUERY_BUDGET_BYTES = 300 * 1024;
  var SET_GRAM_MAX = 2, POSITION_GRAM = 3;
  /** The most bytes a file adds around its bits (`ATLAS_TERM_SHARD(3,"<name>","…");` and a line break). */
  var WRAP_BYTES = 36;
  /** Texts read at once when candidates are confirmed in them (from disk: each is one report's text). */
  var TEXT_LOADS = 16;
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = [];
  for (var d = 0; d < 64; d++) DIGIT[B64.charCodeAt(d)] = d;

  /** Keep in step with fold() in src/publish/offline-search.ts and public/search.js. */
  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '').replace(/_(?=\d)/g, ''); }

  /** The mixed key of a gram of 1–3 UTF-16 code units, a number below 2^(16n): as gramKey in term-index.ts. */
  var ROUND_KEYS = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c];
  function round(x, i) {
    x = Math.imul(x ^ ROUND_KEYS[i], 0x9e3779b1);
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    return x >>> 0;
  }
  function gramKey(gram) {
    var n = gram.length, h = 8 * n, mask = Math.pow(2, h) - 1, a, b;
    var c0 = gram.charCodeAt(0), c1 = gram.charCodeAt(1), c2 = gram.charCodeAt(2);
    if (n === 1) { a = c0 >>> 8; b = c0 & 0xff; }
    else if (n === 2) { a = c0; b = c1; }
    else { a = (c0 << 8) | (c1 >>> 8); b = ((c1 & 0xff) << 16) | c2; }
    for (var i = 0; i < 4; i++) {
      var t = (a ^ (round(b, i) >>> (32 - h))) & mask;
      a = b;
      b = t;
    }
    return a * Math.pow(2, h) + b;
  }
  /** Where a gram's entry is: its kind, shard, value within the shard and the shard's range of values. */
  function locate(gram, meta) {
    var n = gram.length, shift = 16 * n - meta.shardBits[n - 1], range = Math.pow(2, shift), key = gramKey(gram);
    var shard = Math.floor(key / range);
    return { kind: n, shard: shard, value: key - shard * range, range: range };
  }

  /** floor(log2(ratio)), at least 0: the Golomb-Rice parameter, derived as the writer derives it. */
  function riceParameter(ratio) {
    if (ratio < 2) return 0;
    if (ratio >= 4294967296) return 32 + riceParameter(ratio / 4294967296);
    return 31 - Math.clz32(ratio);
  }
  var POW2 = [];
  for (var p = 0; p <= 48; p++) POW2.push(Math.pow(2, p));
  /** A stream of bits read from base64 text, most significant bit of each digit first; past the end, zeros. */
  function Bits(text, at) { this.text = text; this.seek(at || 0); }
  Bits.prototype.seek = function (at) {
    this.next = (at / 6) | 0; // the digit after the current one
    this.left = 0; // bits of the current digit not yet read
    if (at % 6) { this.digit = DIGIT[this.text.charCodeAt(this.next++)] || 0; this.left = 6 - (at % 6); }
  };
  Bits.prototype.bit = function () {
    if (!this.left) { this.digit = DIGIT[this.text.charCodeAt(this.next++)] || 0; this.left = 6; }
    return (this.digit >> --this.left) & 1;
  };
  Bits.prototype.read = function (k) { var v = 0; for (var i = 0; i < k; i++) v = v * 2 + this.bit(); return v; };
  Bits.prototype.unary = function () { var q = 0; while (this.bit()) q++; return q; };
  Bits.prototype.gamma = function () {
    var extra = 0;
    while (!this.bit()) extra++;
    return POW2[extra] + this.read(extra);
  };
  Bits.prototype.rice = function (k) { return this.unary() * POW2[k] + this.read(k); };
  /** To the start of the next digit, where the writer padded to. */
  Bits.prototype.pad = function () { this.left = 0; };

  /** A report set: a bitset of `total` bits, or its size and Golomb-Rice gaps (`keep` false: passed over, its size returned). */
  function readSet(bits, total, keep) {
    var out = [], r, count = 0;
    if (bits.bit()) {
      if (!keep) { for (r = 0; r < total; r++) count += bits.bit(); return count; }
      for (r = 0; r < total; r++) if (bits.bit()) out.push(r);
      return out;
    }
    count = bits.gamma();
    var k = riceParameter(total / count);
    for (var i = 0, prev = -1; i < count; i++) {
      prev += bits.rice(k) + 1;
      if (keep) out.push(prev);
    }
    return keep ? out : count;
  }
  /** Positions of a triple, report by report (`reports`: the reports, or how many to pass over) → { report: [positions] }. */
  function readPositions(bits, reports, avgChars) {
    var out = {}, keep = typeof reports !== 'number', n = keep ? reports.length : reports;
    for (var i = 0; i < n; i++) {
      var m = bits.gamma(), k = riceParameter(avgChars / m), list = [];
      for (var j = 0, prev = -1; j < m; j++) {
        prev += bits.rice(k) + 1;
        if (keep) list.push(prev);
      }
      if (keep) out[reports[i]] = list;
    }
    return out;
  }
  /** A report set written as encodeSet() in term-index.ts writes it (for tests). */
  function decodeSet(text, total) { return text ? readSet(new Bits(text), total, true) : []; }

  /** Where something is in a file of positions: the file, the digit it starts at, the most bytes the file has. */
  function readPlace(bits) { return { file: 'p' + (bits.gamma() - 1), offset: bits.gamma() - 1, bytes: bits.gamma() }; }
  /** The report set of the quadruple `triple + next` from a triple's extension sets (none: no report holds it). */
  function readExtension(bits, next, total) {
    var count = bits.gamma() - 1, k = riceParameter(65536 / Math.max(1, count)), chars = [];
    for (var e = 0, c = -1; e < count; e++) chars.push((c += bits.rice(k) + 1));
    for (var i = 0; i < count; i++) {
      if (chars[i] === next) return readSet(bits, total, true);
      readSet(bits, total, false);
    }
    return [];
  }
  /**
   * A gram's entry in its shard's bits, or null where no report holds it: { reports } and, for a triple, its positions
   * ({ positions }) or where they are in a file of positions ({ place }) or neither (not kept: too large for any
   * query), and, for the commonest, where the report sets of the quadruples it begins are ({ extensions }).
   */
  function findEntry(text, at, meta) {
    var bits = new Bits(text), count = bits.gamma() - 1, k = riceParameter(at.range / Math.max(1, count));
    var index = -1;
    for (var e = 0, value = -1; e < count; e++) {
      value += bits.rice(k) + 1;
      if (value === at.value) index = e;
    }
    if (index < 0) return null;
    bits.pad();
    // Entries before it are passed over (their sizes read, nothing kept).
    for (var i = 0; i < index; i++) {
      var count = readSet(bits, meta.reports, false);
      if (at.kind !== POSITION_GRAM) continue;
      if (!bits.bit()) { readPositions(bits, count, meta.avgChars); continue; }
      if (!bits.bit()) readPlace(bits);
      if (bits.bit()) readPlace(bits);
    }
    var entry = { reports: readSet(bits, meta.reports, true) };
    if (at.kind === POSITION_GRAM) {
      if (!bits.bit()) entry.positions = readPositions(bits, entry.reports, meta.avgChars);
      else {
        if (!bits.bit()) entry.place = readPlace(bits);
        if (bits.bit()) entry.extensions = readPlace(bits);
      }
    }
    return entry;
  }

  /** Offsets of the triples cut from a term of `length`: every `n` characters, and the last n characters. */
  function coverOffsets(length, n) {
    var offsets = [];
    for (var o = 0; o + n < length; o += n) offsets.push(o);
    offsets.push(length - n);
    return offsets;
  }
  /** The grams a term is looked up by: itself up to three characters, else the triples of its cover. */
  function gramsOf(term) {
    if (term.length <= POSITION_GRAM) return [{ gram: term, offset: 0 }];
    return coverOffsets(term.length, POSITION_GRAM).map(function (o) { return { gram: term.slice(o, o + POSITION_GRAM), offset: o }; });
  }
  /** The shards a term needs: [kind, name] pairs, distinct. */
  function shardsFor(term, meta) {
    var seen = {}, out = [];
    gramsOf(term).forEach(function (g) {
      var at = locate(g.gram, meta), id = at.kind + '/' + at.shard;
      if (!seen[id]) { seen[id] = true; out.push([at.kind, String(at.shard)]); }
    });
    return out;
  }
  /** The most bytes a query for `term` loads before its positions: the index's own file and its shards at their largest. */
  function bytesAtMost(term, meta, metaBytes) {
    return shardsFor(term, meta).reduce(function (sum, s) { return sum + meta.shardMaxBytes[s[0] - 1]; }, metaBytes);
  }
  function shardPath(kind, name) { return kind + '/' + name + '.js'; }

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
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (a[i] > b[j]) j++;
      else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  /**
   * The candidates (ascending) whose text holds the term in one section, by the search page's rule (a section's
   * heading and text folded into one string), read TEXT_LOADS reports at a time.
   */
  function confirmInTexts(term, candidates, texts, numbers) {
    var found = [];
    function from(at) {
      if (at >= candidates.length) return Promise.resolve(found);
      if (texts.stopped && texts.stopped()) return Promise.reject(new Error('stopped'));
      var part = candidates.slice(at, at + TEXT_LOADS);
      return Promise.all(part.map(function (r) { return texts.load(numbers[r]); })).then(function (all) {
        all.forEach(function (sections, i) {
          if (sections.some(function (s) { return fold(s[1] + '\n' + s[2]).indexOf(term) >= 0; })) found.push(part[i]);
        });
        if (texts.progress) texts.progress(at + part.length, candidates.length);
        return from(at + part.length);
      });
    }
    return from(0);
  }

  function countTerm(typed, meta, loadShard, metaBytes, texts) {
    var term = fold(typed || '');
    var result = function (status, reports) {
      var t = reports ? tally(meta, reports) : { rows: [], unknown: 0 };
      return { status: status, term: term, rows: t.rows, unknown: t.unknown };
    };
    if (!term) return Promise.resolve(result('empty'));
    if (bytesAtMost(term, meta, metaBytes || 0) > QUERY_BUDGET_BYTES) return Promise.resolve(result('too-long'));
    var needed = shardsFor(term, meta), grams = gramsOf(term);
    return Promise.all(needed.map(function (s) { return loadShard(s[0], s[1]); })).then(function (bodies) {
      var byShard = {}, loaded = metaBytes || 0;
      needed.forEach(function (s, i) { byShard[s[0] + '/' + s[1]] = bodies[i]; loaded += bodies[i].length + WRAP_BYTES; });
      var entries = [];
      for (var i = 0; i < grams.length; i++) {
        var at = locate(grams[i].gram, meta), entry = findEntry(byShard[at.kind + '/' + at.shard], at, meta);
        if (!entry) return result('exact', []); // a gram of the term stands in no report: neither does the term
        entries.push(entry);
      }
      if (term.length <= POSITION_GRAM) return result('exact', entries[0].reports);
      // Four characters whose first triple is among the commonest: the quadruple's own report set.
      var extensions = term.length === POSITION_GRAM + 1 && entries[0].extensions;
      if (extensions && loaded + extensions.bytes <= QUERY_BUDGET_BYTES) {
        return loadShard(POSITION_GRAM, extensions.file).then(function (text) {
          return result('exact', readExtension(new Bits(text, extensions.offset * 6), term.charCodeAt(POSITION_GRAM), meta.reports));
        });
      }
      var candidates = entries.reduce(function (c, e) { return intersect(c, e.reports); }, entries[0].reports);
      if (!candidates.length) return result('exact', []);
      // Where positions are not to be had, the candidates' own text (an offline edition's, read from disk) decides.
      var inTexts = function () {
        return confirmInTexts(term, candidates, texts, meta.texts).then(function (found) { return result('exact', found); });
      };
      // Positions kept in files of their own: loaded if what is left of the budget holds them all.
      var files = [], seen = {}, bytes = 0;
      for (var j = 0; j < entries.length; j++) {
        var place = entries[j].place;
        if (entries[j].positions) continue;
        if (!place) return texts && meta.texts ? inTexts() : result('too-common');
        if (!seen[place.file]) { seen[place.file] = true; files.push(place.file); bytes += place.bytes; } // the most its file has
      }
      if (loaded + bytes > QUERY_BUDGET_BYTES) return texts && meta.texts ? inTexts() : result('too-common');
      return Promise.all(files.map(function (file) { return loadShard(POSITION_GRAM, file); })).then(function (bodies) {
        var byFile = {};
        files.forEach(function (file, k) { byFile[file] = bodies[k]; });
        var positions = entries.map(function (e) {
          if (e.positions) return e.positions;
          return readPositions(new Bits(byFile[e.place.file], e.place.offset * 6), e.reports, meta.avgChars);
        });
        // The term stands at p where each triple of its cover stands at p + its offset.
        var found = candidates.filter(function (r) {
          var sets = positions.slice(1).map(function (p) {
            var s = {};
            p[r].forEach(function (x) { s[x] = true; });
            return s;
          });
          return positions[0][r].some(function (p) {
            for (var g = 1; g < grams.length; g++) if (!sets[g - 1][p + grams[g].offset]) return false;
            return true;
          });
        });
        return result('exact', found);
      });
    });
  }
  global.AtlasTermIndex = {
    fold: fold, countTerm: countTerm, bytesAtMost: bytesAtMost, shardsFor: shardsFor, shardPath: shardPath,
    decodeSet: decodeSet, gramKey: gramKey, QUERY_BUDGET_BYTES: QUERY_BUDGET_BYTES, SET_GRAM_MAX: SET_GRAM_MAX,
  };
})(typeof window !== 'undefined' ? window : globalThis);
