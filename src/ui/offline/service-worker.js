/*! Service worker of Concurrency Kitchen: cross-origin isolation for static hosts, after
 * coi-serviceworker v0.1.7 (Guido Zuidhof and contributors, MIT), and an offline copy of the
 * app. One classic script plays two parts: loaded by the page (first in <head>) it registers
 * itself; run as the service worker it serves every request.
 *
 * Isolation: responses get COOP/COEP (and CORP), so that the page becomes cross-origin
 * isolated after one reload, as with coi-serviceworker. A page framed by a site that is not
 * isolated can never become isolated, so it is not reloaded there.
 *
 * Offline: the build writes the list of the app's files into PRECACHE (vite.config.ts), and
 * the cache's name follows from that list, so every build gets its own cache. Once the page
 * is controlled it asks the worker to store the list; requests go to the network first (a
 * deployed update is seen at once) and fall back to the cache when the network fails. Any
 * navigation inside the app's folder falls back to its index page, whatever the query
 * (?embed=1&preset=...). In development the list is empty and nothing is cached.
 */
const PRECACHE = "__KITCHEN_PRECACHE__";
const FILES = Array.isArray(PRECACHE) ? PRECACHE : null;

if (typeof window === 'undefined') {
  let coepCredentialless = false;
  // A cheap, stable hash of the file list (file names carry content hashes): the cache's name.
  const version = FILES ? FILES.join('\n').split('').reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7) >>> 0 : 0;
  const CACHE = `kitchen-${version.toString(36)}`;
  const scope = self.registration.scope;
  const indexUrl = new URL('./', scope).href;

  const precache = async () => {
    if (!FILES) return 0;
    const cache = await caches.open(CACHE);
    let stored = 0;
    await Promise.all(FILES.map(async (file) => {
      const url = new URL(file, scope).href;
      if (await cache.match(url)) { stored++; return; }
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) { await cache.put(url, response); stored++; }
      } catch { /* offline while precaching: the next visit tries again */ }
    }));
    return stored;
  };

  self.addEventListener('install', () => self.skipWaiting());
  self.addEventListener('activate', (event) => event.waitUntil((async () => {
    await self.clients.claim();
    // Earlier builds' caches: this build's list replaces them.
    for (const name of await caches.keys()) if (name.startsWith('kitchen-') && name !== CACHE) await caches.delete(name);
  })()));

  self.addEventListener('message', (event) => {
    const data = event.data;
    if (!data) return;
    if (data.type === 'deregister') {
      self.registration.unregister().then(() => self.clients.matchAll()).then((clients) => clients.forEach((c) => c.navigate(c.url)));
    } else if (data.type === 'coepCredentialless') {
      coepCredentialless = data.value;
    } else if (data.type === 'precache') {
      event.waitUntil(precache().then((stored) => event.source && event.source.postMessage({ type: 'kitchen-precached', stored, total: FILES ? FILES.length : 0 })));
    }
  });

  const withIsolation = (response) => {
    if (response.status === 0) return response; // opaque: headers cannot be read or set
    const headers = new Headers(response.headers);
    headers.set('Cross-Origin-Embedder-Policy', coepCredentialless ? 'credentialless' : 'require-corp');
    if (!coepCredentialless) headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };

  /** The cache key of a request: the index page for navigations into the app's folder. */
  const cacheKey = (request) => {
    const url = new URL(request.url);
    if (request.mode === 'navigate' && (url.href.split(/[?#]/)[0] === indexUrl || url.pathname.endsWith('/index.html'))) return indexUrl;
    url.hash = '';
    return url.href;
  };

  const networkFirst = async (request) => {
    const key = cacheKey(request);
    try {
      const response = await fetch(request);
      if (response.status === 200 && response.type === 'basic') {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(key, copy)).catch(() => {});
      }
      return response;
    } catch (e) {
      const hit = (await caches.match(key)) || (key === indexUrl ? await caches.match(new URL('index.html', scope).href) : undefined);
      if (hit) return hit;
      throw e;
    }
  };

  self.addEventListener('fetch', (event) => {
    const r = event.request;
    if (r.cache === 'only-if-cached' && r.mode !== 'same-origin') return;
    const request = coepCredentialless && r.mode === 'no-cors' ? new Request(r, { credentials: 'omit' }) : r;
    const cacheable = FILES && r.method === 'GET' && new URL(r.url).origin === self.location.origin;
    event.respondWith((cacheable ? networkFirst(request) : fetch(request)).then(withIsolation).catch((e) => {
      console.error(e);
      return Response.error();
    }));
  });
} else {
  (() => {
    const n = navigator;
    const framed = (() => { try { return window.self !== window.top; } catch { return true; } })();
    const credentialless = !(window.chrome || window.netscape);
    if (n.serviceWorker && n.serviceWorker.controller) {
      n.serviceWorker.controller.postMessage({ type: 'coepCredentialless', value: credentialless });
    }
    if (!window.isSecureContext || !n.serviceWorker) return;
    // Reloading makes the page isolated once the worker adds the headers; in a frame whose
    // parent is not isolated it cannot, so a reload would only cost time.
    const mayReload = window.crossOriginIsolated === false && !framed;
    // Reload when a worker takes control of this page (it claims its clients on activation),
    // not when one is found: found, it may still be installing, and the reloaded page would
    // come up uncontrolled, without the headers.
    if (mayReload && !n.serviceWorker.controller) n.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    n.serviceWorker.register(document.currentScript.src).then((registration) => {
      // Active but not in control: a hard reload bypassed it; a plain reload will not.
      if (mayReload && registration.active && !n.serviceWorker.controller) window.location.reload();
    }, (err) => console.error('The service worker (isolation and offline use) failed to register:', err));
    // Once a worker controls the page, ask it to keep the whole app for offline use.
    n.serviceWorker.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'kitchen-precached') document.documentElement.dataset.offline = e.data.stored === e.data.total ? 'ready' : 'partial';
    });
    n.serviceWorker.ready.then(() => {
      const ask = () => n.serviceWorker.controller && n.serviceWorker.controller.postMessage({ type: 'precache' });
      if (n.serviceWorker.controller) ask();
      else n.serviceWorker.addEventListener('controllerchange', ask, { once: true });
    });
  })();
}
