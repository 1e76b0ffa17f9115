/* Report Atlas service worker (written by src/publish/service-worker.ts). It downloads nothing by itself: it answers
 * from the network, keeps a copy of what the reader opened, and when the network is gone answers from that copy or from
 * the whole-site copy the reader chose to save (离线保存本站, done by site.js into the "atlas-saved:" cache).
 * Search parameters (?q=, ?highlight=) are ignored when looking in the caches, since pages are static. */
const OPENED = 'atlas-opened:' + self.registration.scope;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // Earlier workers cached the whole site under atlas-<hash>: remove those copies nobody asked for.
      .then((keys) => Promise.all(keys.filter((k) => /^atlas-[0-9a-f]+$/.test(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  // The site's own files: the download is large and the file list must always be current.
  if (/\/download\/|\/offline\.json$|\/sw\.js$/.test(new URL(request.url).pathname)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          event.waitUntil(caches.open(OPENED).then((cache) => cache.put(request.url.split(/[?#]/)[0], copy)));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
