/* The quiz's service worker: after one visit the quiz opens and works with no network.
   scripts/precache.mjs copies this file into the build as sw.js, with BUILD filled in: an id,
   every file of the build with its sha384, and the clinic's own files. The whole mechanism:
   docs/offline.md.

   - One cache per build (and per folder: other quizzes on the same site keep theirs). Install
     fetches every file of the build with its integrity in one cache.addAll: all of them or none.
     A file missing or different from the build's leaves the install failed and the previous
     worker in charge, with its own build complete.
   - Once installed, the worker takes charge at once, without asking anyone. Every page load it
     answers from then on gets this build's index.html, so the next load runs the new build
     throughout. A page of the previous build still loading gets that build's files from its
     cache, kept until the build after this one takes charge: no page runs a mix of two builds.
   - The clinic's own files (clinic.json, its logo, the manifests), which it may edit on its
     host, come from the network first, and from the last copy when there is none. */
'use strict';

const BUILD = { id: 'unbuilt', files: {}, own: [] };

const SCOPE = self.registration.scope;
/** index.html, kept under the address visitors open: the quiz's folder. */
const PAGE = new URL('./', self.location).href;
const BUILDS = `recovery-quiz ${SCOPE} build `;
const CURRENT = BUILDS + BUILD.id;
const CLINIC = `recovery-quiz ${SCOPE} clinic`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CURRENT);
    const requests = Object.entries(BUILD.files)
      .map(([path, integrity]) => new Request(new URL(path, self.location), { integrity, cache: 'no-cache' }));
    try {
      await cache.addAll(requests);
    } catch (error) {
      await caches.delete(CURRENT);
      throw error;
    }
    await keepClinicFiles();
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await dropOldBuilds();
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    const { pathname } = new URL(request.url);
    if (pathname === new URL(PAGE).pathname || pathname === new URL('index.html', PAGE).pathname) {
      event.respondWith(caches.match(PAGE, { cacheName: CURRENT }).then((page) => page ?? fetch(request)));
    }
    return;
  }
  event.respondWith(fromBuilds(request).then((file) => file ?? networkFirst(request, event)));
});

/** A file of this build, or of a previous one that a page still loading may ask for. */
async function fromBuilds(request) {
  const names = (await caches.keys()).filter((name) => name.startsWith(BUILDS));
  for (const name of [CURRENT, ...names.filter((name) => name !== CURRENT).reverse()]) {
    const file = await caches.match(request, { cacheName: name });
    if (file) return file;
  }
  return undefined;
}

/** The network's answer, kept for next time; without a network, the copy kept last time. */
async function networkFirst(request, event) {
  const cache = await caches.open(CLINIC);
  try {
    const response = await fetch(request);
    if (response.ok) event.waitUntil(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

/** Keeps the clinic's own files (clinic.json, the manifests) and the logo clinic.json names, so
    that the first visit without a network has them. */
async function keepClinicFiles() {
  const cache = await caches.open(CLINIC);
  const kept = new Set();
  const keep = async (path) => {
    const url = new URL(path, self.location);
    if (!url.href.startsWith(SCOPE) || kept.has(url.href)) return;
    kept.add(url.href);
    const response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
    if (!response?.ok) return;
    await cache.put(url, response.clone());
    const logo = await response.json().then((json) => json?.logo, () => undefined);
    if (typeof logo === 'string') await keep(logo);
  };
  for (const path of BUILD.own) await keep(path);
}

/** Deletes every build's cache but this one and the newest complete one before it. */
async function dropOldBuilds() {
  const older = (await caches.keys()).filter((name) => name.startsWith(BUILDS) && name !== CURRENT);
  let previous;
  for (const name of older.reverse()) {
    if (!previous && await caches.match(PAGE, { cacheName: name })) previous = name;
    else await caches.delete(name);
  }
}
