/* Targets explorer: an application over compact data files. explorer/meta.js (loaded before this script) names the
 * reports and the row chunks; the chunks (explorer/rows-<n>.js, classic scripts, so it also works from file://) are
 * loaded by need — only those of the reports the filters allow. Filtering and sorting run over plain arrays with
 * precomputed sort keys, so 150,000 rows stay interactive; only one page of rows is in the DOM. The view lives in the
 * URL. Column positions follow ROW_COLUMNS in src/lib/explorer-data.ts. */
(function () {
  'use strict';
  var META = window.ATLAS_EXPLORER;
  var form = document.getElementById('explorer-filters');
  var table = document.getElementById('targets-table');
  if (!META || !form || !table) return;
  var rootMeta = document.querySelector('meta[name="atlas-root"]');
  var root = rootMeta ? rootMeta.content : '/';
  var offline = location.protocol === 'file:' || (rootMeta && rootMeta.dataset.offline === '1');
  var tbody = table.tBodies[0];
  var count = document.getElementById('explorer-count');
  var status = document.getElementById('explorer-status');
  var moreButton = document.getElementById('explorer-more');
  var PAGE = 100;
  var R = { report: 0, id: 1, indicator: 2, value: 3, valueMax: 4, unit: 5, comparator: 6, deadline: 7, kind: 8, theme: 9, sortValue: 10, indicatorId: 11 };
  var KINDS = ['target', 'achievement'];
  var UNKNOWN = '未知';
  var collator = new Intl.Collator('zh-CN-u-co-pinyin');
  // Per report: [slug, label, province, level, year, chunk, rows]
  var reports = META.reports;
  var bySlug = {};
  reports.forEach(function (r, i) { bySlug[r[0]] = i; });

  var rows = [];
  var loaded = {};
  var loading = {};
  window.ATLAS_EXPLORER_ROWS = function (n, chunk) {
    loaded[n] = true;
    for (var i = 0; i < chunk.length; i++) rows.push(chunk[i]);
    rankCache = {};
  };
  function loadChunk(n) {
    if (!loading[n]) {
      loading[n] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'explorer/rows-' + n + '.js';
        s.onload = resolve;
        s.onerror = function () { reject(new Error('cannot load rows ' + n)); };
        document.head.appendChild(s);
      });
    }
    return loading[n];
  }

  var state = { sort: '', dir: 'asc', shown: PAGE };
  var filters = {};
  function readUrl() {
    var params = new URLSearchParams(location.search);
    Array.prototype.forEach.call(form.elements, function (el) { if (el.name) el.value = params.get(el.name) || ''; });
    state.sort = params.get('sort') || '';
    state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  }
  function readForm() {
    filters = {};
    Array.prototype.forEach.call(form.elements, function (el) { if (el.name && el.value.trim()) filters[el.name] = el.value.trim(); });
  }
  function writeUrl() {
    var p = new URLSearchParams(filters);
    if (state.sort) { p.set('sort', state.sort); p.set('dir', state.dir); }
    try { history.replaceState(null, '', '?' + p.toString() + location.hash); } catch (e) { /* file:// may refuse */ }
  }

  /** Which reports the report-level filters allow (null = all). */
  function allowedReports() {
    var keys = ['report', 'province', 'level', 'year'].filter(function (k) { return filters[k]; });
    if (!keys.length) return null;
    var ok = {};
    reports.forEach(function (r, i) {
      if (filters.report && r[0] !== filters.report) return;
      if (filters.province && (r[2] || UNKNOWN) !== filters.province) return;
      if (filters.level && (r[3] || UNKNOWN) !== filters.level) return;
      if (filters.year && String(r[4] == null ? UNKNOWN : r[4]) !== filters.year) return;
      ok[i] = true;
    });
    return ok;
  }
  function neededChunks(allowed) {
    var need = {};
    reports.forEach(function (r, i) { if (!allowed || allowed[i]) need[r[5]] = true; });
    return Object.keys(need).map(Number).filter(function (n) { return !loaded[n]; });
  }
  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ''); }

  var rankCache = {};
  /** Sort keys: numbers by value in one unit; Chinese labels by their pinyin rank, computed once per column. */
  function keyOf(column) {
    if (column === 'value') return function (row) { return row[R.sortValue]; };
    if (column === 'deadline') return function (row) { return row[R.deadline] == null ? Infinity : row[R.deadline]; };
    var label = {
      report: function (row) { return reports[row[R.report]][1]; },
      indicator: function (row) { return row[R.indicator]; },
      comparator: function (row) { return META.words.comparator[row[R.comparator]] || row[R.comparator]; },
      kind: function (row) { return META.words.kind[KINDS[row[R.kind]]]; },
      theme: function (row) { return META.words.theme[row[R.theme]] || row[R.theme]; },
    }[column];
    if (!rankCache[column]) {
      var distinct = {};
      rows.forEach(function (row) { distinct[label(row)] = true; });
      var sorted = Object.keys(distinct).sort(collator.compare);
      var rank = {};
      sorted.forEach(function (v, i) { rank[v] = i; });
      rankCache[column] = rank;
    }
    var ranks = rankCache[column];
    return function (row) { return ranks[label(row)]; };
  }

  var result = [];
  function compute() {
    var allowed = allowedReports();
    var q = filters.q ? fold(filters.q) : '';
    var indicatorId = filters.indicatorId;
    var theme = filters.theme, kind = filters.kind ? KINDS.indexOf(filters.kind) : -1, comparator = filters.comparator;
    result = [];
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (allowed && !allowed[row[R.report]]) continue;
      if (indicatorId && row[R.indicatorId] !== indicatorId) continue;
      if (theme && row[R.theme] !== theme) continue;
      if (kind >= 0 && row[R.kind] !== kind) continue;
      if (comparator && row[R.comparator] !== comparator) continue;
      if (q && fold(row[R.indicator]).indexOf(q) < 0) continue;
      result.push(row);
    }
    if (state.sort) {
      // Keys in a typed array and a sorted index over it: no array of [key, i, row] triples to allocate and compare
      // (at 170,000 rows the sort by value took 330 ms that way). Rows without a key go last either way; ties keep
      // their order.
      var key = keyOf(state.sort), sign = state.dir === 'desc' ? -1 : 1, n = result.length;
      var keys = new Float64Array(n), order = new Uint32Array(n);
      for (var j = 0; j < n; j++) {
        var k = key(result[j]);
        keys[j] = k == null || k !== k ? sign * Infinity : k;
        order[j] = j;
      }
      order.sort(function (a, b) { return (keys[a] - keys[b]) * sign || a - b; });
      var sorted = new Array(n);
      for (var m = 0; m < n; m++) sorted[m] = result[order[m]];
      result = sorted;
    }
  }
  function formatValue(row) {
    return row[R.value] + (row[R.valueMax] != null ? '—' + row[R.valueMax] : '') + META.units[row[R.unit]];
  }
  function targetUrl(row) {
    return root + 'reports/' + reports[row[R.report]][0] + '/' + (offline ? 'index.html' : '') + '#' + row[R.id];
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  function render() {
    var frag = document.createDocumentFragment();
    result.slice(0, state.shown).forEach(function (row) {
      var tr = document.createElement('tr');
      tr.dataset.kind = KINDS[row[R.kind]];
      tr.dataset.value = String(row[R.sortValue]);
      tr.dataset.report = reports[row[R.report]][0];
      cell(tr, reports[row[R.report]][1]);
      var td = cell(tr, '');
      var a = document.createElement('a');
      a.href = targetUrl(row);
      a.textContent = row[R.indicator];
      td.appendChild(a);
      cell(tr, formatValue(row), 'num-cell');
      cell(tr, META.words.comparator[row[R.comparator]] || row[R.comparator]);
      cell(tr, row[R.deadline] == null ? '—' : String(row[R.deadline]), 'num-cell');
      cell(tr, META.words.kind[KINDS[row[R.kind]]]);
      cell(tr, META.words.theme[row[R.theme]] || row[R.theme]);
      frag.appendChild(tr);
    });
    tbody.textContent = '';
    tbody.appendChild(frag);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.dataset.column === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    count.textContent = '共 ' + result.length + ' 项';
    moreButton.hidden = result.length <= state.shown;
    moreButton.textContent = '显示更多（已显示 ' + Math.min(state.shown, result.length) + ' / ' + result.length + '）';
  }
  var pending = 0;
  /** Recomputes the view; loads the chunks it needs first, showing each as it arrives. */
  function apply() {
    readForm();
    writeUrl();
    var chunks = neededChunks(allowedReports());
    var run = ++pending;
    compute();
    render();
    if (!chunks.length) { status.textContent = ''; table.removeAttribute('aria-busy'); return; }
    table.setAttribute('aria-busy', 'true');
    var done = 0;
    status.textContent = '正在载入指标数据（0 / ' + chunks.length + '）…';
    chunks.reduce(function (p, n) {
      return p.then(function () { return loadChunk(n); }).then(function () {
        done++;
        if (run !== pending) return;
        status.textContent = done < chunks.length ? '正在载入指标数据（' + done + ' / ' + chunks.length + '）…' : '';
        compute();
        render();
        if (done === chunks.length) table.removeAttribute('aria-busy');
      });
    }, Promise.resolve()).catch(function (e) { status.textContent = '载入失败：' + e.message; });
  }

  function download(kind) {
    var header = ['report', 'id', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'kind', 'theme', 'indicatorId', 'url'];
    var objects = result.map(function (row) {
      return {
        report: reports[row[R.report]][0], id: row[R.id], indicator: row[R.indicator], value: row[R.value], valueMax: row[R.valueMax],
        unit: META.units[row[R.unit]], comparator: row[R.comparator], deadline: row[R.deadline], kind: KINDS[row[R.kind]], theme: row[R.theme],
        indicatorId: row[R.indicatorId] == null ? null : row[R.indicatorId],
        url: new URL(targetUrl(row), location.href).href,
      };
    });
    var body, type;
    if (kind === 'json') { body = JSON.stringify(objects, null, 1); type = 'application/json'; }
    else {
      var esc = function (v) { v = v == null ? '' : String(v); return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v; };
      // BOM: spreadsheet software then reads the Chinese as UTF-8.
      body = '\ufeff' + [header.join(',')].concat(objects.map(function (o) { return header.map(function (h) { return esc(o[h]); }).join(','); })).join('\n') + '\n';
      type = 'text/csv';
    }
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: type + ';charset=utf-8' }));
    a.download = 'targets-filtered.' + kind;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  var typing;
  form.addEventListener('input', function (e) {
    if (e.target.type !== 'search') return;
    clearTimeout(typing);
    typing = setTimeout(function () { state.shown = PAGE; apply(); }, 200);
  });
  form.addEventListener('change', function (e) { if (e.target.type !== 'search') { state.shown = PAGE; apply(); } });
  form.addEventListener('submit', function (e) { e.preventDefault(); state.shown = PAGE; apply(); });
  table.querySelectorAll('th button').forEach(function (b) {
    b.addEventListener('click', function () {
      state.dir = state.sort === b.dataset.sort && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = b.dataset.sort;
      apply();
    });
  });
  moreButton.addEventListener('click', function () { state.shown += PAGE; render(); });
  document.querySelectorAll('[data-download]').forEach(function (b) {
    b.addEventListener('click', function () { download(b.dataset.download); });
  });
  readUrl();
  apply();
})();
