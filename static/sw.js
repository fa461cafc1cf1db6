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
   - The clinic's own files (clinic.json and its logo), which it may edit on its host, come from
     the network first, and from the last copy when there is none or the host answers with an
     error.
   - A web app manifest is the build's, with the clinic's name and colour from its clinic.json as
     it is now, so that the quiz installs under them with nothing but clinic.json to edit.
   - The set-up page (setup/, src/setup/mod.rs) is no part of the quiz's files: a runner's device
     never fetches it. Its files (BUILD.setup) join the build's cache once a device opens it, and
     at each install on a device that has them, so that it opens offline there too. */
'use strict';

const BUILD = { id: 'unbuilt', files: {}, own: [], setup: {} };

const SCOPE = self.registration.scope;
/** index.html, kept under the address visitors open: the quiz's folder. */
const PAGE = new URL('./', self.location).href;
const BUILDS = `recovery-quiz ${SCOPE} build `;
const CURRENT = BUILDS + BUILD.id;
const CLINIC = `recovery-quiz ${SCOPE} clinic`;
/** Where the id of the build in charge is kept, under an address no file has. */
const META = `recovery-quiz ${SCOPE} meta`;
const IN_CHARGE = new URL('./?recovery-quiz-build-in-charge', SCOPE).href;
const OWN = new Set(BUILD.own.map((path) => new URL(path, self.location).href));
const CLINIC_FILE = new URL('clinic.json', self.location).href;
const MANIFEST = /\/manifest\.[a-z-]+\.json$/;
/** The set-up page, under the address it is opened at. */
const SETUP_PAGE = new URL('setup/', self.location).href;
/** Files are the same whatever the request's headers: a host's `Vary` must not hide them. */
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const requests = Object.entries(BUILD.files)
      .map(([path, integrity]) => new Request(new URL(path, self.location), { integrity, cache: 'no-cache' }));
    try {
      await (await caches.open(CURRENT)).addAll(requests);
    } catch (error) {
      await caches.delete(CURRENT);
      throw error;
    }
    // Best effort: a clinic.json missing or broken on the host must not hold the build back,
    // nor a set-up page that cannot be kept.
    await keepClinicFiles().catch(() => undefined);
    if (await setupWanted()) await keepSetup().catch(() => undefined);
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
      event.respondWith(caches.match(PAGE, { ...MATCH, cacheName: CURRENT }).then((page) => (page ? unredirected(page) : fetch(request))));
    } else if (pathname === new URL(SETUP_PAGE).pathname || pathname === new URL('index.html', SETUP_PAGE).pathname) {
      event.respondWith(setupPage(request, event));
    }
    return;
  }
  if (MANIFEST.test(new URL(request.url).pathname)) {
    event.respondWith(manifest(request, event));
    return;
  }
  event.respondWith(fromBuilds(request).then((file) => file ?? networkFirst(request, event)));
});

/** The build's manifest in one language, with the clinic's name before the quiz's and its accent
    as the theme colour; the build's alone when clinic.json cannot be read. */
async function manifest(request, event) {
  const built = (await fromBuilds(request)) ?? (await fetch(request));
  const clinic = await networkFirst(new Request(CLINIC_FILE), event)
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  const app = await built.clone().json().catch(() => null);
  if (!app || !clinic || typeof clinic !== 'object') return built;
  const name = textIn(clinic.name, app.lang, clinic.languages);
  if (name) app.name = `${name}: ${app.name}`;
  if (typeof clinic.accent_color === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(clinic.accent_color.trim())) {
    app.theme_color = clinic.accent_color.trim();
  }
  return new Response(JSON.stringify(app), { headers: { 'content-type': 'application/manifest+json' } });
}

/** A clinic text (one for every language, or one per language) in `lang`: as the quiz reads
    `name` (src/clinic.rs), else in the clinic's first language, else any. */
function textIn(text, lang, languages) {
  if (typeof text === 'string') return text.trim();
  if (!text || typeof text !== 'object') return '';
  const first = Array.isArray(languages) ? languages[0] : undefined;
  const found = [text[lang], text[first], ...Object.values(text)].find((t) => typeof t === 'string' && t.trim());
  return found ? found.trim() : '';
}

/** A file of this build, or of a previous one that a page still loading may ask for. */
async function fromBuilds(request) {
  const names = (await caches.keys()).filter((name) => name.startsWith(BUILDS));
  for (const name of [CURRENT, ...names.filter((name) => name !== CURRENT).reverse()]) {
    const file = await caches.match(request, { ...MATCH, cacheName: name });
    if (file) return file;
  }
  return undefined;
}

/** The network's answer; for the clinic's own files (and images: its logo), kept for next time.
    Without a network, or when the host answers with an error, the copy kept last time. */
async function networkFirst(request, event) {
  const cache = await caches.open(CLINIC);
  const response = await fetch(request).catch(() => undefined);
  if (response?.ok) {
    if (OWN.has(request.url) || request.destination === 'image') event.waitUntil(cache.put(request, response.clone()));
    return response;
  }
  return (await cache.match(request, MATCH)) ?? response ?? Response.error();
}

/** A page the host reached through a redirect (the folder's address to a slash, say), as a page
    of its own: browsers refuse a redirected response as the answer to a page load. */
function unredirected(page) {
  if (!page.redirected) return page;
  return new Response(page.body, { status: page.status, statusText: page.statusText, headers: page.headers });
}

/** Keeps the clinic's own files (clinic.json) and the logo clinic.json names, so that the first
    visit without a network has them. */
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

/** The set-up page: this build's, kept on its first opening; until then the network's, which
    keeps it, or without a network the one an earlier build kept. */
async function setupPage(request, event) {
  const kept = await caches.match(SETUP_PAGE, { ...MATCH, cacheName: CURRENT });
  if (kept) return unredirected(kept);
  event.waitUntil(keepSetup().catch(() => undefined));
  return fetch(request).catch(async (error) => {
    const earlier = await caches.match(SETUP_PAGE, MATCH);
    if (earlier) return unredirected(earlier);
    throw error;
  });
}

/** Whether this device uses the set-up page: a window has it open, or a build kept it. */
async function setupWanted() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.some((client) => client.url.startsWith(SETUP_PAGE))) return true;
  return Boolean(await caches.match(SETUP_PAGE, MATCH));
}

/** Puts the set-up page's files of this build, each checked against its integrity, into the
    build's cache: all of them or none. */
async function keepSetup() {
  const requests = Object.entries(BUILD.setup)
    .map(([path, integrity]) => new Request(new URL(path, self.location), { integrity, cache: 'no-cache' }));
  await (await caches.open(CURRENT)).addAll(requests);
}

/** Deletes every build's cache but this one and that of the build in charge before it (whose
    pages may still be loading), and records this one as in charge. A build that never took
    charge (an install cut short) or an older one goes, whatever order the caches were made in. */
async function dropOldBuilds() {
  const meta = await caches.open(META);
  const previous = await meta.match(IN_CHARGE).then((kept) => kept?.text());
  const keep = new Set([CURRENT, BUILDS + previous]);
  for (const name of await caches.keys()) {
    if (name.startsWith(BUILDS) && !keep.has(name)) await caches.delete(name);
  }
  await meta.put(IN_CHARGE, new Response(BUILD.id));
}
