/* Home page: filters the report list by level, province and year (or, on a large corpus's home page, the list of
 * governments by level and province), with the choice kept in the URL. Classic script, so it also runs from file://;
 * without it every group is still there to open. */
(function () {
  'use strict';
  var form = document.getElementById('report-filters');
  if (!form) return;
  var groups = Array.prototype.slice.call(document.querySelectorAll('.report-group'));
  var count = document.getElementById('report-count');
  var params = new URLSearchParams(location.search);
  Array.prototype.forEach.call(form.elements, function (el) { if (el.name && params.get(el.name)) el.value = params.get(el.name); });

  function apply(fromUser) {
    var f = {};
    Array.prototype.forEach.call(form.elements, function (el) { if (el.name && el.value) f[el.name] = el.value; });
    var active = Object.keys(f).length > 0, total = 0;
    groups.forEach(function (g) {
      var shown = 0;
      Array.prototype.forEach.call(g.querySelectorAll('li[data-province]'), function (li) {
        var ok = Object.keys(f).every(function (k) { return li.dataset[k] === f[k]; });
        li.hidden = !ok;
        if (ok) shown++;
      });
      g.hidden = shown === 0;
      // A filtered list is short enough to show opened.
      if (active && shown) g.open = true;
      total += shown;
    });
    count.textContent = total + (count.getAttribute('data-unit') || ' 份');
    if (fromUser) {
      try { history.replaceState(null, '', '?' + new URLSearchParams(f).toString() + location.hash); } catch (e) { /* file:// may refuse */ }
    }
  }
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  if (Array.prototype.some.call(form.elements, function (el) { return el.name && el.value; })) apply(false);
})();
