/* Report Atlas page behaviour. Classic script (no modules), so it also runs from file://. Everything here only adds
 * to pages that already work without JavaScript. */
(function () {
  'use strict';

  // Over http, a service worker caches the site after the first visit, so it can be read and searched offline.
  var rootMeta = document.querySelector('meta[name="atlas-root"]');
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && rootMeta && rootMeta.dataset.offline !== '1') {
    navigator.serviceWorker.register(rootMeta.content + 'sw.js', { scope: rootMeta.content }).catch(function () { /* optional */ });
  }

  // Copy-link controls: the link stays a plain #anchor link; a click also copies the full address.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('[data-copy-link]');
    if (!a) return;
    var url = location.href.split('#')[0].replace(/\?highlight=[^#]*/, '') + a.getAttribute('href');
    var done = function () { a.classList.add('copied'); setTimeout(function () { a.classList.remove('copied'); }, 1500); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, done);
    else {
      var box = document.createElement('textarea');
      box.value = url; document.body.appendChild(box); box.select();
      try { document.execCommand('copy'); } catch (err) { /* the link itself still works */ }
      document.body.removeChild(box); done();
    }
  });

  // Ids that changed since a link was shared: the page carries a table of old → new ids.
  var redirects = {};
  var table = document.getElementById('atlas-redirects');
  if (table) { try { redirects = JSON.parse(table.textContent); } catch (e) { /* no table */ } }

  // Arrival at #id: scroll there (the browser does) and flash the section or target row.
  function flash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id && !document.getElementById(id) && redirects[id]) {
      location.replace('#' + redirects[id]);
      return;
    }
    var el = id && document.getElementById(id);
    if (!el) return;
    el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
  }
  window.addEventListener('hashchange', flash);
  flash();

  // Search words arriving with ?highlight= (from the search page) are marked in the report text.
  var words = new URLSearchParams(location.search).get('highlight');
  var body = document.querySelector('.report-body');
  if (words && body) {
    var list = words.split(/\s+/).filter(Boolean);
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, folded = text.normalize('NFKC').toLowerCase();
      var spans = [];
      list.forEach(function (w) { var k = folded.indexOf(w); while (k >= 0) { spans.push([k, k + w.length]); k = folded.indexOf(w, k + w.length); } });
      if (!spans.length || folded.length !== text.length) return;
      spans.sort(function (a, b) { return a[0] - b[0]; });
      var frag = document.createDocumentFragment(), pos = 0;
      spans.forEach(function (s) {
        if (s[0] < pos) return;
        frag.appendChild(document.createTextNode(text.slice(pos, s[0])));
        var m = document.createElement('mark'); m.className = 'search-hit'; m.textContent = text.slice(s[0], s[1]);
        frag.appendChild(m); pos = s[1];
      });
      frag.appendChild(document.createTextNode(text.slice(pos)));
      node.parentNode.replaceChild(frag, node);
    });
  }

  // The table of contents follows the reader: the section whose heading was last passed is marked current.
  var links = document.querySelectorAll('[data-toc-link]');
  if (links.length) {
    var byId = {};
    links.forEach(function (l) { byId[l.getAttribute('data-toc-link')] = l; });
    var headings = Array.prototype.filter.call(document.querySelectorAll('.sec[id]'), function (h) { return byId[h.id]; });
    var current = null, queued = false;
    var update = function () {
      queued = false;
      // A heading counts as passed once it reaches the top (where a #link leaves it, after its scroll margin).
      var line = 24, pick = headings[0];
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) pick = headings[i]; else break;
      }
      var link = pick && byId[pick.id];
      if (link === current) return;
      if (current) { current.classList.remove('current'); current.removeAttribute('aria-current'); }
      current = link;
      if (current) {
        current.classList.add('current');
        current.setAttribute('aria-current', 'location');
        var box = current.closest('.toc-wide');
        if (box && box.scrollHeight > box.clientHeight) {
          var top = current.offsetTop - box.clientHeight / 2;
          box.scrollTop = Math.max(0, top);
        }
      }
    };
    var schedule = function () { if (!queued) { queued = true; requestAnimationFrame(update); } };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('hashchange', schedule);
    update();
  }
})();
