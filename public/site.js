/* Report Atlas page behaviour. Classic script (no modules), so it also runs from file://. Everything here only adds
 * to pages that already work without JavaScript. */
(function () {
  'use strict';

  var rootMeta = document.querySelector('meta[name="atlas-root"]');
  var root = rootMeta ? rootMeta.content : '/';
  var overHttp = /^https?:$/.test(location.protocol) && !(rootMeta && rootMeta.dataset.offline === '1');

  // Over http, a service worker keeps the pages the reader opens, so they can be read again without a network. It
  // downloads nothing by itself: saving the whole site is the reader's choice (the footer's 离线保存本站).
  var canSave = overHttp && 'serviceWorker' in navigator && 'caches' in window;
  if (canSave) navigator.serviceWorker.register(root + 'sw.js', { scope: root }).catch(function () { /* optional */ });

  // Colour scheme: the system's unless the reader chose one with the header switch (kept in localStorage).
  var html = document.documentElement;
  var themeSwitch = document.querySelector('[data-theme-switch]');
  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function isDark() { return html.dataset.theme ? html.dataset.theme === 'dark' : !!(systemDark && systemDark.matches); }
  function showTheme() { if (themeSwitch) themeSwitch.setAttribute('aria-pressed', isDark() ? 'true' : 'false'); }
  if (themeSwitch) {
    themeSwitch.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      // Choosing what the system already gives returns to following the system.
      var system = systemDark && systemDark.matches ? 'dark' : 'light';
      if (next === system) delete html.dataset.theme; else html.dataset.theme = next;
      try { if (next === system) localStorage.removeItem('atlas-theme'); else localStorage.setItem('atlas-theme', next); } catch (e) { /* not kept */ }
      showTheme();
    });
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener('change', showTheme);
    showTheme();
  }

  // The search shortcut: "/" anywhere but in a text field goes to the search box (the header's, or the search page's).
  var searchBox = document.getElementById('site-q') || document.querySelector('main input[type="search"]');
  if (searchBox && !searchBox.hasAttribute('aria-keyshortcuts')) searchBox.setAttribute('aria-keyshortcuts', '/');
  document.addEventListener('keydown', function (e) {
    if (!searchBox || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    searchBox.focus();
    searchBox.select();
  });

  // Copying: the clipboard where the page may write to it, else a hidden selection copied the old way; what was
  // copied is said on screen and to screen readers (a polite live region).
  var copyStatus = document.querySelector('[data-copy-status]');
  function copyText(text, control, said, unsaid) {
    var done = function (ok) {
      control.classList.add('copied');
      if (copyStatus) copyStatus.textContent = ok ? said : unsaid;
      setTimeout(function () { control.classList.remove('copied'); }, 1500);
    };
    var byHand = function () {
      var box = document.createElement('textarea');
      box.value = text; box.setAttribute('readonly', ''); box.style.position = 'fixed'; box.style.opacity = '0';
      document.body.appendChild(box); box.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (err) { /* said below */ }
      document.body.removeChild(box); done(ok);
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, byHand);
    else byHand();
  }

  // Copy-link controls: the link stays a plain #anchor link; a click also copies the full address.
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('[data-copy-link]');
    if (!a) return;
    var url = location.href.split('#')[0].replace(/\?highlight=[^#]*/, '') + a.getAttribute('href');
    copyText(url, a, '已复制链接：' + url, '无法自动复制，请复制地址栏中的链接');
  });

  // Citations (GB/T 7714, as src/lib/citation.ts formats them): the report's part from the page (#atlas-cite), the
  // heading of the section the control stands in (a row's: its table's section), the address with the anchor — the
  // published one where the site's address is known (meta atlas-site, also in the offline edition) — and today's date.
  var citeTable = document.getElementById('atlas-cite');
  var citeParts = null;
  if (citeTable) { try { citeParts = JSON.parse(citeTable.textContent); } catch (e) { /* no citations */ } }
  var siteMeta = document.querySelector('meta[name="atlas-site"]');
  function pageAddress() {
    var here = location.href.split('#')[0].split('?')[0];
    if (!siteMeta) return here;
    var rootUrl = new URL(root, location.href).href;
    var path = here.indexOf(rootUrl) === 0 ? here.slice(rootUrl.length) : '';
    return siteMeta.content + path.replace(/(^|\/)index\.html$/, '$1');
  }
  function headingWords(h) {
    if (!h) return '';
    var num = h.querySelector('.sec-num'), title = h.querySelector('.sec-title');
    return ((num ? num.textContent : '') + (title ? title.textContent : '')).trim();
  }
  function today() {
    var d = new Date(), two = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('[data-cite]');
    if (!b || !citeParts) return;
    var row = b.closest('tr[id]');
    var heading = row ? null : b.closest('.sec[id]');
    var table = row && row.closest('[data-section]');
    if (table) heading = document.getElementById(table.getAttribute('data-section'));
    var section = headingWords(heading);
    var url = pageAddress() + '#' + (row || heading).id;
    var text = citeParts.lead + (section ? '：' + section : '') + '[R/OL]. ' + (citeParts.year == null ? '' : citeParts.year) + '[' + today() + ']. ' + url + '.';
    copyText(text, b, '已复制引文：' + text, '无法自动复制。引文：' + text);
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
    // Only a section heading or a target row lights up (not the page a skip link lands on).
    if (!el || !el.matches('.sec, tr[id], mark[id]')) return;
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

  // 离线保存本站: on the reader's request only, every file of the site (listed with its size in offline.json) is put in
  // a cache the service worker answers from when the network is gone; the reader sees the size first, progress while
  // it downloads, and can remove it again.
  var panel = document.querySelector('[data-offline-save]');
  if (panel && canSave) {
    var scope = new URL(root, location.href).href;
    var savedName = 'atlas-saved:' + scope;
    var MARKER = scope + '__saved__';
    var note = panel.querySelector('[data-offline-size-note]');
    var state = panel.querySelector('[data-offline-state]');
    var bar = panel.querySelector('progress');
    var saveButton = panel.querySelector('[data-offline-action="save"]');
    var removeButton = panel.querySelector('[data-offline-action="remove"]');
    var manifest = null, busy = false;
    var size = function (bytes) {
      return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
    };
    var loadManifest = function () {
      if (!manifest) manifest = fetch(root + 'offline.json', { cache: 'no-cache' }).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      return manifest;
    };
    // Looking must not create the cache (caches.open would).
    var savedInfo = function () {
      return caches.has(savedName).then(function (has) {
        return has ? caches.open(savedName).then(function (c) { return c.match(MARKER); }).then(function (r) { return r ? r.json() : null; }) : null;
      });
    };
    var showState = function () {
      return Promise.all([loadManifest(), savedInfo()])
        .then(function (both) {
          var m = both[0], saved = both[1];
          note.textContent = '把全部 ' + m.files.length.toLocaleString('zh-CN') + ' 个文件（共 ' + size(m.bytes) + '）保存在这个浏览器里，断网时也能阅读和搜索。不保存时，只有读过的页面会留在浏览器中。';
          if (saved && saved.version === m.version) {
            state.textContent = '已保存：' + saved.files.toLocaleString('zh-CN') + ' 个文件，' + size(saved.bytes) + '。断网时可以阅读和搜索全站。';
            saveButton.hidden = true;
          } else if (saved) {
            state.textContent = '已保存的副本来自本站的旧版本；重新保存可更新（' + size(m.bytes) + '）。';
            saveButton.hidden = false; saveButton.textContent = '更新离线副本';
          } else {
            state.textContent = '未保存。';
            saveButton.hidden = false; saveButton.textContent = '保存到本浏览器（' + size(m.bytes) + '）';
          }
          removeButton.hidden = !saved;
        })
        .catch(function () { state.textContent = '暂时无法读取本站的文件清单，请稍后再试。'; });
    };
    var save = function () {
      if (busy) return;
      busy = true; saveButton.disabled = true;
      loadManifest().then(function (m) {
        // A fresh cache: a half-finished or older copy is replaced only once the new one is complete.
        var tmpName = savedName + ':new';
        return caches.delete(tmpName).then(function () { return caches.open(tmpName); }).then(function (cache) {
          var done = 0, doneBytes = 0, next = 0, lastSaid = -1;
          bar.hidden = false; bar.value = 0;
          var report = function () {
            bar.value = m.bytes ? doneBytes / m.bytes : 1;
            var pct = Math.floor(bar.value * 100);
            // The live region speaks every 20 %; the progress bar shows every step.
            if (Math.floor(pct / 20) !== lastSaid) { lastSaid = Math.floor(pct / 20); state.textContent = '正在保存… ' + pct + '%'; }
          };
          var worker = function () {
            if (next >= m.files.length) return Promise.resolve();
            var f = m.files[next++];
            var url = new URL(f[0], location.href).href;
            return fetch(url, { cache: 'no-cache' }).then(function (r) {
              if (!r.ok) throw new Error(url + ' ' + r.status);
              return cache.put(url, r);
            }).then(function () { done++; doneBytes += f[1]; report(); return worker(); });
          };
          return Promise.all([worker(), worker(), worker(), worker()])
            .then(function () {
              var info = { version: m.version, files: done, bytes: doneBytes, saved: new Date().toISOString() };
              return cache.put(MARKER, new Response(JSON.stringify(info), { headers: { 'Content-Type': 'application/json' } }));
            })
            .then(function () {
              // Move the complete copy into place.
              return cache.keys().then(function (keys) {
                return caches.delete(savedName).then(function () { return caches.open(savedName); }).then(function (fresh) {
                  return Promise.all(keys.map(function (k) { return cache.match(k).then(function (r) { return fresh.put(k, r); }); }));
                });
              });
            })
            .then(function () { return caches.delete(tmpName); });
        });
      }).then(function () {
        bar.value = 1;
        return showState();
      }, function () {
        state.textContent = '保存没有完成（网络中断？）。已保存的内容未改变，可以再试一次。';
      }).then(function () { busy = false; saveButton.disabled = false; });
    };
    var remove = function () {
      caches.delete(savedName).then(function () { bar.hidden = true; return showState(); }).then(function () { saveButton.focus(); });
    };
    panel.hidden = false;
    panel.addEventListener('toggle', function () { if (panel.open) showState(); });
    saveButton.addEventListener('click', save);
    removeButton.addEventListener('click', remove);
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
    // After the first paint, not during this script: reading heading positions now would force the whole page's
    // layout inside this task, the longest main-thread block of a long report on a phone.
    if ('requestIdleCallback' in window) requestIdleCallback(update, { timeout: 1000 }); else setTimeout(update, 200);
  }
})();
