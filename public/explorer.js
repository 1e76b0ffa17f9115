/* Targets explorer: filters and sorting over the server-rendered table, with the view kept in the URL. */
(function () {
  'use strict';
  var form = document.getElementById('explorer-filters');
  var table = document.getElementById('targets-table');
  if (!form || !table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var count = document.getElementById('explorer-count');
  var state = { sort: '', dir: 'asc' };
  var params = new URLSearchParams(location.search);
  Array.prototype.forEach.call(form.elements, function (el) { if (el.name && params.get(el.name)) el.value = params.get(el.name); });
  if (params.get('sort')) { state.sort = params.get('sort'); state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc'; }

  function apply() {
    var filters = {};
    Array.prototype.forEach.call(form.elements, function (el) { if (el.name && el.value) filters[el.name] = el.value; });
    var shown = 0;
    rows.forEach(function (r) {
      var ok = Object.keys(filters).every(function (k) { return r.dataset[k] === filters[k]; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    if (state.sort) {
      var key = state.sort, numeric = key === 'value' || key === 'deadline';
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.dataset[key] || (key === 'report' ? a.cells[0].textContent : ''), y = b.dataset[key] || (key === 'report' ? b.cells[0].textContent : '');
        var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh');
        return state.dir === 'desc' ? -c : c;
      });
      sorted.forEach(function (r) { tbody.appendChild(r); });
    }
    table.querySelectorAll('th button').forEach(function (b) {
      if (b.dataset.sort === state.sort) { b.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending'); b.dataset.arrow = state.dir === 'asc' ? '▲' : '▼'; }
      else { b.removeAttribute('aria-sort'); }
    });
    count.textContent = shown + ' 项';
    var p = new URLSearchParams(filters);
    if (state.sort) { p.set('sort', state.sort); p.set('dir', state.dir); }
    try { history.replaceState(null, '', '?' + p.toString() + location.hash); } catch (e) { /* file:// may refuse */ }
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  table.querySelectorAll('th button').forEach(function (b) {
    b.addEventListener('click', function () {
      state.dir = state.sort === b.dataset.sort && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = b.dataset.sort;
      apply();
    });
  });
  apply();
})();
