/* Targets explorer: an application over compact data files, written by src/lib/explorer-data.ts as classic scripts
 * (so it also works from file://). explorer/meta.js (loaded before this script) names the layouts of the rows and the
 * row count of every single filter value; a view reads only the row files it shows or pages to — the default view
 * the first file of all rows, an indicator or a theme its own layout, a province, a year, a level, a place or a report
 * the files of its reports (explorer/index.js and explorer/reports.js say which). Sorting and downloads read every
 * file of the view first, so they are exact over the whole filtered set. Filtering and sorting run over plain arrays
 * with precomputed sort keys; only one page of rows is in the DOM. The view lives in the URL. Column positions follow
 * ROW_COLUMNS in src/lib/explorer-data.ts. */
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
  var R = { report: 0, id: 1, indicator: 2, value: 3, valueMax: 4, unit: 5, comparator: 6, deadline: 7, kind: 8, theme: 9, sortValue: 10, indicatorId: 11, action: 12 };
  var KINDS = ['target', 'achievement'];
  var UNKNOWN = '未知';
  var collator = new Intl.Collator('zh-CN-u-co-pinyin');
  // Layouts: [key, files, rows]; key 'all', 'i:<indicator id>' or 't:<theme>'.
  var layouts = META.layouts;
  var layoutOf = {};
  layouts.forEach(function (l, i) { layoutOf[l[0]] = i; });

  /** Loaded row files ('<layout>-<n>' → rows) and the names of the reports they hold (index → [slug, label, place]). */
  var files = {};
  var names = {};
  var INDEX = null, REPORTS = null;
  window.ATLAS_EXPLORER_ROWS = function (layout, n, reportNames, rows) {
    for (var k in reportNames) names[k] = reportNames[k];
    files[layout + '-' + n] = rows;
    rankCache = {};
  };
  window.ATLAS_EXPLORER_INDEX = function (x) { INDEX = x; };
  window.ATLAS_EXPLORER_REPORTS = function (x) { REPORTS = x; };
  var scripts = {};
  function script(path) {
    if (!scripts[path]) {
      scripts[path] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'explorer/' + path;
        s.onload = resolve;
        s.onerror = function () { delete scripts[path]; reject(new Error('cannot load ' + path)); };
        document.head.appendChild(s);
      });
    }
    return scripts[path];
  }
  function loadFile(layout, n) { return script('rows-' + layout + '-' + n + '.js'); }

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

  var GROUP_FILTERS = ['province', 'level', 'year'];
  var REPORT_FILTERS = ['report', 'place'];
  var ROW_FILTERS = ['indicatorId', 'theme', 'kind', 'comparator'];
  function active(keys) { return keys.filter(function (k) { return filters[k]; }); }
  /** The index files a view's filters need before its row files can be named. */
  function ready() {
    return (!active(GROUP_FILTERS).length && !active(REPORT_FILTERS).length) || (INDEX && (!active(REPORT_FILTERS).length || REPORTS));
  }
  function prepare() {
    var need = [];
    if (active(GROUP_FILTERS).length) need.push(script('index.js'));
    if (active(REPORT_FILTERS).length) need.push(script('index.js'), script('reports.js'));
    return Promise.all(need);
  }
  /** The reports the report-level filters allow, as sorted runs [start, end, rows]; null = every report. */
  function allowedRuns() {
    var runs = null;
    if (active(GROUP_FILTERS).length) {
      runs = [];
      INDEX.groups.forEach(function (g) { // [year, province, level, first report, reports, rows]
        if (filters.year && String(g[0] == null ? UNKNOWN : g[0]) !== filters.year) return;
        if (filters.province && g[1] !== filters.province) return;
        if (filters.level && g[2] !== filters.level) return;
        runs.push([g[3], g[3] + g[4], g[5]]);
      });
    }
    if (active(REPORT_FILTERS).length) {
      var own = [];
      for (var i = 0; i < REPORTS.slugs.length; i++) {
        if (filters.report && REPORTS.slugs[i] !== filters.report) continue;
        if (filters.place && REPORTS.places[i] !== filters.place) continue;
        if (runs && !inRuns(runs, i, i + 1)) continue;
        own.push([i, i + 1, REPORTS.rows[i]]);
      }
      runs = own;
    }
    return runs;
  }
  function inRuns(runs, start, end) {
    for (var i = 0; i < runs.length; i++) if (runs[i][0] < end && start < runs[i][1]) return true;
    return false;
  }

  /**
   * The plan of a view: the layout to read (the one with the fewest rows the filters allow), its files in order, the
   * reports allowed (a mask, or null) and the view's row count where it is known without reading rows.
   */
  var plan = null;
  function makePlan() {
    var runs = allowedRuns();
    var mask = null;
    if (runs) {
      mask = new Uint8Array(META.reports);
      runs.forEach(function (r) { for (var i = r[0]; i < r[1]; i++) mask[i] = 1; });
    }
    var keys = ['all'];
    var empty = false;
    if (filters.indicatorId) { if (layoutOf['i:' + filters.indicatorId] == null) empty = true; else keys.push('i:' + filters.indicatorId); }
    if (filters.theme) { if (layoutOf['t:' + filters.theme] == null) empty = true; else keys.push('t:' + filters.theme); }
    var best = null;
    keys.forEach(function (key) {
      var li = layoutOf[key], list = [], rows = 0;
      for (var n = 0; n < layouts[li][1]; n++) {
        if (runs) {
          var f = INDEX.files[li][n]; // [first report, last report, rows]
          if (!inRuns(runs, f[0], f[1] + 1)) continue;
          rows += f[2];
        }
        list.push(n);
      }
      if (!runs) rows = layouts[li][2];
      if (!best || rows < best.rows) best = { layout: li, files: list, rows: rows };
    });
    if (empty || (runs && !runs.length)) best.files = [];
    // Known counts: a single row filter (from meta.js), or report-level filters alone (the runs' rows).
    var rowFilters = active(ROW_FILTERS);
    var known = null;
    if (empty) known = 0;
    else if (!filters.q && !rowFilters.length) known = runs ? runs.reduce(function (s, r) { return s + r[2]; }, 0) : META.rows;
    else if (!filters.q && !runs && rowFilters.length === 1) known = (META.counts[rowFilters[0]] || {})[filters[rowFilters[0]]] || 0;
    return { layout: best.layout, files: best.files, mask: mask, known: known };
  }
  /** How many of the plan's files, from the first, are loaded. */
  function loadedPrefix() {
    var n = 0;
    while (n < plan.files.length && files[plan.layout + '-' + plan.files[n]]) n++;
    return n;
  }
  function complete() { return loadedPrefix() === plan.files.length; }
  function fold(s) { return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ''); }

  var rankCache = {};
  function label(row) { var n = names[row[R.report]]; return n ? n[1] : ''; }
  /** Sort keys: numbers by value in one unit; Chinese labels by their pinyin rank, computed once per column. */
  function keyOf(column) {
    if (column === 'value') return function (row) { return row[R.sortValue]; };
    if (column === 'deadline') return function (row) { return row[R.deadline] == null ? Infinity : row[R.deadline]; };
    var text = {
      report: label,
      indicator: function (row) { return row[R.indicator]; },
      comparator: function (row) { return META.words.comparator[row[R.comparator]] || row[R.comparator]; },
      kind: function (row) { return META.words.kind[KINDS[row[R.kind]]]; },
      theme: function (row) { return META.words.theme[row[R.theme]] || row[R.theme]; },
    }[column];
    if (!text) return function () { return 0; };
    if (!rankCache[column]) {
      var distinct = {};
      result.forEach(function (row) { distinct[text(row)] = true; });
      var sorted = Object.keys(distinct).sort(collator.compare);
      var rank = {};
      sorted.forEach(function (v, i) { rank[v] = i; });
      rankCache[column] = rank;
    }
    var ranks = rankCache[column];
    return function (row) { return ranks[text(row)]; };
  }

  var result = [];
  /** The view's rows from the plan's loaded files (in order, up to the first file not loaded), sorted if asked. */
  function compute() {
    var q = filters.q ? fold(filters.q) : '';
    var indicatorId = filters.indicatorId, mask = plan.mask;
    var theme = filters.theme, kind = filters.kind ? KINDS.indexOf(filters.kind) : -1, comparator = filters.comparator;
    var report = filters.report, place = filters.place;
    result = [];
    var upto = loadedPrefix();
    for (var f = 0; f < upto; f++) {
      var rows = files[plan.layout + '-' + plan.files[f]];
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        if (mask && !mask[row[R.report]]) continue;
        if (indicatorId && row[R.indicatorId] !== indicatorId) continue;
        if (theme && row[R.theme] !== theme) continue;
        if (kind >= 0 && row[R.kind] !== kind) continue;
        if (comparator && row[R.comparator] !== comparator) continue;
        if (report && names[row[R.report]][0] !== report) continue;
        if (place && names[row[R.report]][2] !== place) continue;
        if (q && fold(row[R.indicator]).indexOf(q) < 0) continue;
        result.push(row);
      }
    }
    rankCache = {};
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
    return root + 'reports/' + names[row[R.report]][0] + '/' + (offline ? 'index.html' : '') + '#' + row[R.id];
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }
  /** The view's row count: known from the plan or once every file of the view is read; else null. */
  function total() {
    if (plan.known != null) return plan.known;
    return complete() ? result.length : null;
  }
  function headers() {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.dataset.column === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }
  function render() {
    var frag = document.createDocumentFragment();
    result.slice(0, state.shown).forEach(function (row) {
      var tr = document.createElement('tr');
      tr.dataset.kind = KINDS[row[R.kind]];
      tr.dataset.value = String(row[R.sortValue]);
      tr.dataset.report = names[row[R.report]][0];
      cell(tr, label(row));
      var td = cell(tr, '');
      // The verb done to the measured thing (建设, 新建 …) before its name, as the text says it.
      if (row[R.action]) {
        var act = document.createElement('span');
        act.className = 'ind-action';
        act.textContent = row[R.action];
        td.appendChild(act);
      }
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
    headers();
    var n = total();
    var read = loadedPrefix();
    count.textContent = n != null ? '共 ' + n + ' 项' : '至少 ' + result.length + ' 项（已查 ' + read + ' / ' + plan.files.length + ' 个数据文件，其余在显示更多、排序或下载时查找）';
    var shown = Math.min(state.shown, result.length);
    moreButton.hidden = n != null ? n <= shown : result.length <= state.shown && complete();
    moreButton.textContent = '显示更多（已显示 ' + shown + ' / ' + (n != null ? n : '≥ ' + result.length) + '）';
  }
  function busy(text) {
    status.textContent = text;
    if (text) table.setAttribute('aria-busy', 'true');
    else table.removeAttribute('aria-busy');
  }

  var pending = 0;
  /**
   * Reads the plan's files in order until the view can show `state.shown` rows — or every file, when `all` (a sort, a
   * download). Resolves false when a newer view replaced this one.
   */
  function enough(all) {
    if (complete()) return true;
    if (all) return false;
    compute();
    var n = total();
    return result.length > state.shown || (n != null && result.length >= Math.min(n, state.shown));
  }
  /** Files read for one page of a view whose rows are rare in its files (a text, a rare comparator): then the reader asks. */
  var SCAN_FILES = 8;
  function fill(run, all) {
    var budget = all ? Infinity : SCAN_FILES;
    function step() {
      if (run !== pending) return Promise.resolve(false);
      if (enough(all) || budget <= 0) return Promise.resolve(true);
      var from = loadedPrefix();
      var missing = plan.files.slice(from).filter(function (n) { return !files[plan.layout + '-' + n]; });
      // The whole view: a few files at a time, with progress. A page: the next file.
      var batch = all ? missing.slice(0, 4) : missing.slice(0, 1);
      budget -= batch.length;
      if (all) busy('正在载入该筛选的全部数据，以便' + (all === 'sort' ? '排序' : '下载') + '（还剩 ' + missing.length + ' 个文件）…');
      return Promise.all(batch.map(function (n) { return loadFile(plan.layout, n); })).then(step);
    }
    return step();
  }
  function show(run, all) {
    return fill(run, all).then(function (current) {
      if (!current) return false;
      compute();
      render();
      busy('');
      return true;
    });
  }
  /** Recomputes the view: names its files (reading the index files its filters need), then reads what it shows. */
  function apply() {
    readForm();
    writeUrl();
    var run = ++pending;
    // What is already read is shown at once; only a view that needs more files waits for them.
    if (ready()) {
      plan = makePlan();
      if (enough(state.sort)) { compute(); render(); busy(''); return Promise.resolve(true); }
    }
    busy('正在载入指标数据…');
    return prepare().then(function () {
      if (run !== pending) return false;
      plan = makePlan();
      return show(run, state.sort ? 'sort' : false);
    }).catch(function (e) { busy('载入失败：' + e.message); });
  }

  function download(kind) {
    var run = pending;
    if (!plan) return;
    show(run, 'download').then(function (current) { if (current) save(kind); })
      .catch(function (e) { busy('载入失败：' + e.message); });
  }
  function save(kind) {
    var header = ['report', 'id', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'deadline', 'kind', 'theme', 'indicatorId', 'action', 'url'];
    var objects = result.map(function (row) {
      return {
        report: names[row[R.report]][0], id: row[R.id], indicator: row[R.indicator], value: row[R.value], valueMax: row[R.valueMax],
        unit: META.units[row[R.unit]], comparator: row[R.comparator], deadline: row[R.deadline], kind: KINDS[row[R.kind]], theme: row[R.theme],
        indicatorId: row[R.indicatorId] == null ? null : row[R.indicatorId],
        action: row[R.action] == null ? null : row[R.action],
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
      headers();
      apply();
    });
  });
  moreButton.addEventListener('click', function () {
    state.shown += PAGE;
    if (!plan) return;
    busy('正在载入指标数据…');
    show(pending, state.sort ? 'sort' : false).catch(function (e) { busy('载入失败：' + e.message); });
  });
  document.querySelectorAll('[data-download]').forEach(function (b) {
    b.addEventListener('click', function () { download(b.dataset.download); });
  });
  readUrl();
  apply();
})();
