// Balabaqsha's service worker: the educator's day view opens from the home screen without a connection.
// It keeps only the day view's pages (the last version seen of each) and the static files they load;
// every other request goes to the network as usual. Marks made offline are kept by the page itself
// (IndexedDB) and sent when the connection returns — nothing else works offline, and the page says so.
// (components/layout/forget-offline-pages.ts deletes its pages at sign-out: keep the name in step.)
const CACHE = "balabaqsha-day-v1";
const LAST_DAY = "/__last-day-view";
const START = /^\/([a-z]{2}\/)?kindergarten\/?$/;
const DAY_PATH = /^\/[a-z]{2}\/kindergarten\/groups\/[^/]+\/attendance\/day$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function keepPage(url, response) {
  if (!response.ok || response.redirected) return;
  const cache = await caches.open(CACHE);
  await cache.put(url, response.clone());
  await cache.put(LAST_DAY, response.clone());
}

// The day view hands over its address and the static files it loaded.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "keep-day-view") return;
  const page = new URL(data.page);
  if (page.origin !== self.location.origin || !DAY_PATH.test(page.pathname)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const files = (data.files || []).filter((f) => new URL(f).pathname.startsWith("/_next/static/"));
      await Promise.all(
        files.map((f) => cache.match(f).then((hit) => hit || cache.add(f).catch(() => undefined))),
      );
      const response = await fetch(page.href, { credentials: "same-origin" }).catch(() => null);
      if (response) await keepPage(page.href, response);
    })(),
  );
});

const OFFLINE = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Balabaqsha</title><body style="font-family:sans-serif;padding:1rem">
<p lang="kk">Байланыс жоқ. Желіден тыс тек тәрбиешінің күндік белгілері жұмыс істейді.</p>
<p lang="ru">Нет связи. Без сети работают только отметки воспитателя за день.</p>
<p lang="en">No connection. Only the educator's day marks work offline.</p></body>`;

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    // Hashed, immutable files: the kept copy, else the network (and keep it).
    event.respondWith(
      caches.match(request).then(
        (hit) =>
          hit ||
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
            return response;
          }),
      ),
    );
    return;
  }
  if (request.mode !== "navigate") return;
  const day = DAY_PATH.test(url.pathname);
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(request);
        if (day) await keepPage(request.url, response);
        return response;
      } catch {
        const kept = await caches.match(request.url);
        if (kept) return kept;
        // Another day, or the home screen's start address: the last day view seen.
        if (day || START.test(url.pathname)) {
          const last = await caches.match(LAST_DAY);
          if (last) return last;
        }
        return new Response(OFFLINE, {
          status: 503,
          headers: { "content-type": "text/html; charset=utf-8" },
        });
      }
    })(),
  );
});
