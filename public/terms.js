/* Report Atlas: the page 词语历年 (/terms/?q=). Classic script, so that it works from file:// as over http: the index
 * (src/publish/term-index.ts) is classic scripts too, loaded by need; public/term-index.js counts. */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="atlas-root"]');
  var root = meta ? meta.content : '/';
  var offline = location.protocol === 'file:' || (meta && meta.dataset.offline === '1');
  var base = root + 'terms/index/';
  var form = document.getElementById('terms-form');
  var input = document.getElementById('terms-q');
  var status = document.getElementById('terms-status');
  var searchLink = document.getElementById('terms-search-link');
  var chart = document.getElementById('terms-chart');
  var tableBox = document.getElementById('terms-table');
  var tbody = document.querySelector('#term-years tbody');
  var TIER_NAMES = window.ATLAS_TIER_NAMES;
  var TIERS = Object.keys(TIER_NAMES);
  var reader = window.AtlasTermIndex;

  var scripts = {}, shards = {};
  window.ATLAS_TERM_SHARD = function (kind, name, bits) { shards[kind + '/' + name] = bits; };
  function loadScript(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () { delete scripts[src]; reject(new Error('无法读取 ' + src)); };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }
  function loadShard(kind, name) {
    return loadScript(base + reader.shardPath(kind, name)).then(function () { return shards[kind + '/' + name]; });
  }
  /**
   * An offline edition's index keeps no positions (meta.texts): a longer term is confirmed in its candidates' text, the
   * offline search's own files (search/offline/text/<n>.js, n as meta.texts maps the index's report), read from disk
   * and let go at once.
   */
  var texts = {};
  window.ATLAS_TEXT = function (n, sections) { texts[n] = sections; };
  function loadText(n) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'search/offline/text/' + n + '.js';
      s.onload = function () { s.remove(); var t = texts[n]; delete texts[n]; resolve(t); };
      s.onerror = function () { s.remove(); reject(new Error('无法读取 ' + s.src)); };
      document.head.appendChild(s);
    });
  }
  /** The index's own file: its size counts toward a query's bytes (its text length bounds its UTF-8 bytes × 3). */
  function loadMeta() {
    return loadScript(base + 'index.js').then(function () {
      var m = window.ATLAS_TERM_INDEX;
      return { meta: m, bytes: JSON.stringify(m).length * 3 + 64 };
    });
  }

  function searchUrl(term, year, tier) {
    var q = '?q=' + encodeURIComponent(term) + (year ? '&year=' + year : '') + (tier ? '&tier=' + tier : '');
    return root + 'search/' + (offline ? 'index.html' : '') + q;
  }
  function cell(tag, text, cls) {
    var c = document.createElement(tag);
    if (cls) c.className = cls;
    if (text !== undefined) c.textContent = text;
    return c;
  }
  function renderTable(term, rows) {
    tbody.textContent = '';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-year', r.year);
      tr.setAttribute('data-tier', r.tier);
      tr.setAttribute('data-reports', r.reports);
      tr.appendChild(cell('th', String(r.year))).setAttribute('scope', 'row');
      tr.appendChild(cell('td', TIER_NAMES[r.tier]));
      var count = cell('td', undefined, 'num-cell');
      if (r.reports > 0) {
        var a = document.createElement('a');
        a.href = searchUrl(term, r.year, r.tier);
        a.textContent = r.reports;
        a.setAttribute('aria-label', r.year + '年' + TIER_NAMES[r.tier] + '：' + r.reports + ' 份报告，在搜索中查看');
        count.appendChild(a);
      } else count.textContent = '0';
      tr.appendChild(count);
      tr.appendChild(cell('td', String(r.total), 'num-cell'));
      tbody.appendChild(tr);
    });
    tableBox.hidden = rows.length === 0;
  }
  var SVG = 'http://www.w3.org/2000/svg';
  function svgEl(name, attrs) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  /** One line per tier over the years, drawn with d3's scales; the table above it is the accessible reading. */
  function renderChart(term, rows) {
    var box = chart.querySelector('.terms-chart-box');
    box.textContent = '';
    var years = rows.map(function (r) { return r.year; }).filter(function (y, i, a) { return a.indexOf(y) === i; }).sort();
    var max = Math.max.apply(null, rows.map(function (r) { return r.reports; }).concat([1]));
    if (!years.length || !window.d3) { chart.hidden = true; return; }
    // As wide as the page gives it (at most 640), so that its words keep their size on a phone.
    var width = Math.max(280, Math.min(640, box.clientWidth || (chart.parentElement && chart.parentElement.clientWidth) || 640)), height = 260, m = { top: 16, right: 84, bottom: 28, left: 36 };
    var x = d3.scalePoint().domain(years).range([m.left, width - m.right]).padding(0.5);
    var y = d3.scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
    var svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': '“' + term + '”历年出现的报告数折线图，数字见下表' });
    svg.appendChild(svgEl('line', { class: 'axis', x1: m.left, x2: width - m.right, y1: height - m.bottom, y2: height - m.bottom }));
    y.ticks(4).forEach(function (t) {
      svg.appendChild(svgEl('line', { class: 'axis', x1: m.left, x2: width - m.right, y1: y(t), y2: y(t), 'stroke-dasharray': '2 3' }));
      var label = svgEl('text', { x: m.left - 6, y: y(t) + 4, 'text-anchor': 'end' });
      label.textContent = d3.format('d')(t);
      svg.appendChild(label);
    });
    var step = Math.max(1, Math.ceil(years.length / Math.max(3, Math.floor((width - m.left - m.right) / 52))));
    years.forEach(function (yr, i) {
      if (i % step) return;
      var label = svgEl('text', { x: x(yr), y: height - 8, 'text-anchor': 'middle' });
      label.textContent = String(yr);
      svg.appendChild(label);
    });
    var legendAt = m.top;
    TIERS.forEach(function (tier) {
      var own = rows.filter(function (r) { return r.tier === tier; }).sort(function (a, b) { return a.year - b.year; });
      if (!own.length) return;
      var g = svgEl('g', { class: 'tier-' + tier });
      // A line joins only years next to each other among the years with reports: a year the atlas has no report of
      // this tier for is a gap, not a slope.
      var segment = [];
      own.forEach(function (r, i) {
        if (i > 0 && years.indexOf(r.year) !== years.indexOf(own[i - 1].year) + 1) {
          g.appendChild(svgEl('polyline', { points: segment.join(' ') }));
          segment = [];
        }
        segment.push(x(r.year) + ',' + y(r.reports));
      });
      g.appendChild(svgEl('polyline', { points: segment.join(' ') }));
      own.forEach(function (r) { g.appendChild(svgEl('circle', { cx: x(r.year), cy: y(r.reports), r: 3 })); });
      g.appendChild(svgEl('rect', { x: width - m.right + 12, y: legendAt - 8, width: 10, height: 10 }));
      var name = svgEl('text', { class: 'legend', x: width - m.right + 28, y: legendAt + 1 });
      name.textContent = TIER_NAMES[tier];
      g.appendChild(name);
      legendAt += 18;
      svg.appendChild(g);
    });
    box.appendChild(svg);
    chart.hidden = false;
  }

  var current = 0;
  function run(q) {
    var mine = ++current;
    var term = q.replace(/\s+/g, '');
    searchLink.hidden = !term;
    if (term) {
      var a = searchLink.querySelector('a');
      a.href = searchUrl(term);
      a.querySelector('span').textContent = term;
    }
    renderTable(term, []);
    chart.hidden = true;
    if (!term) { status.textContent = '请输入词语。'; return; }
    status.textContent = '正在统计“' + term + '”…';
    loadMeta().then(function (m) {
      var inTexts = m.meta.texts ? {
        load: loadText,
        progress: function (done, total) { if (mine === current) status.textContent = '正在统计“' + term + '”：已核对 ' + done + ' / ' + total + ' 份报告的全文…'; },
        stopped: function () { return mine !== current; },
      } : undefined;
      return reader.countTerm(term, m.meta, loadShard, m.bytes, inTexts);
    }).then(function (res) {
      if (mine !== current) return;
      if (res.status === 'too-long') { status.textContent = '“' + term + '”太长，统计所需的索引超出一次查询的下载限额，无法精确计数。请缩短词语，或使用全文搜索。'; return; }
      if (res.status === 'too-common') { status.textContent = '“' + term + '”所含的片段在报告中过于常见，无法在一次查询的下载限额内精确计数，因此不显示数字。请缩短或改换词语，或使用全文搜索。'; return; }
      var total = res.rows.reduce(function (n, r) { return n + r.reports; }, 0);
      var years = res.rows.filter(function (r) { return r.reports > 0; }).map(function (r) { return r.year; });
      status.textContent = total
        ? '“' + term + '”出现在 ' + total + ' 份报告中（' + Math.min.apply(null, years) + '—' + Math.max.apply(null, years) + ' 年）。' + (res.unknown ? '另有 ' + res.unknown + ' 份层级或年份未知的报告包含它，未列入表中。' : '')
        : '没有报告包含“' + term + '”' + (res.unknown ? '（层级或年份已知的）；另有 ' + res.unknown + ' 份层级或年份未知的报告包含它。' : '。');
      renderTable(term, res.rows);
      renderChart(term, res.rows);
    }).catch(function (e) {
      if (mine === current) status.textContent = '统计出错：' + e.message;
    });
  }
  function syncUrl() {
    var term = input.value.trim();
    try { history.replaceState(null, '', term ? '?q=' + encodeURIComponent(term) : '?'); } catch (e) { /* file:// may refuse */ }
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); syncUrl(); run(input.value); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); run(input.value); }
})();
