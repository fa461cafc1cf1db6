/* The page's start, before and beside the WebAssembly app: picks the language, fetches the
   clinic's file, keeps a tap made on the start screen until the app runs, loads the app in the
   page's language and hands it all three; shows the crash panel if the app fails.
   src/shell.rs describes the whole mechanism and defines the names shared with this file (a test
   checks they match). Shipped as is: keep comments short. */
(function () {
  var COPY_CLASS = 'copy';
  var LANGUAGES_ATTR = 'data-languages';
  var BUNDLES_ID = 'bundles';
  var LANGUAGE_SWITCH_ID = 'language';
  var LANGUAGE_KEY = 'recovery-quiz.language';
  var CLINIC_KEY = 'recovery-quiz.clinic';
  var CLINIC_FILE = 'clinic.json';
  var PREVIEW_MESSAGE = 'recovery-quiz.preview';
  var PENDING = 'data-pending';

  var html = document.documentElement;
  var shipped = (html.getAttribute(LANGUAGES_ATTR) || html.lang).split(' ');
  var offered = shipped;
  var params = new URLSearchParams(location.search);

  function stored(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (e) {
      return null; /* no storage here, or unreadable */
    }
  }

  function store(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch (e) { /* no storage here: nothing is kept */ }
  }

  /* ?lang, then the visitor's earlier choice, then the browser's languages, then the default. */
  function language() {
    var candidates = [params.get('lang'), stored(LANGUAGE_KEY)];
    var browser = navigator.languages || [navigator.language];
    for (var i = 0; i < browser.length; i++) candidates.push(String(browser[i]).toLowerCase().split('-')[0]);
    for (var j = 0; j < candidates.length; j++) {
      if (offered.indexOf(candidates[j]) >= 0) return candidates[j];
    }
    return offered[0];
  }

  html.lang = language();

  /* The clinic's file as it is now, { text, status, last }: its text (when the host gives it),
     the HTTP status (0: no network), and the last readable copy this device kept. In a set-up
     page's preview, the page sends the file. */
  function fetchClinic() {
    var last = stored(CLINIC_KEY);
    if (params.has('preview') && window.parent !== window) {
      return new Promise(function (resolve) {
        addEventListener('message', function first(event) {
          if (event.origin !== location.origin || !event.data || event.data.type !== PREVIEW_MESSAGE) return;
          removeEventListener('message', first);
          resolve({ text: String(event.data.clinic), status: 200, last: null });
        });
      });
    }
    return fetch(CLINIC_FILE, { cache: 'no-cache' }).then(function (response) {
      if (!response.ok) return { text: null, status: response.status, last: last };
      return response.text().then(function (text) {
        if (readable(text)) store(CLINIC_KEY, text);
        return { text: text, status: 200, last: last };
      });
    }).catch(function () {
      return { text: null, status: 0, last: last };
    });
  }

  function readable(text) {
    try {
      var json = JSON.parse(text);
      return json !== null && typeof json === 'object' && !Array.isArray(json);
    } catch (e) {
      return false;
    }
  }

  /* The languages the clinic offers, its default first, among those shipped. The app reads the
     whole file; this is only what the choice of bundle needs. */
  function offeredBy(text) {
    try {
      var languages = JSON.parse(text).languages;
      var known = Array.isArray(languages) ? languages.filter(function (code, i) {
        return shipped.indexOf(code) >= 0 && languages.indexOf(code) === i;
      }) : [];
      return known.length ? known : shipped;
    } catch (e) {
      return shipped;
    }
  }

  var clinic = fetchClinic().then(function (file) {
    offered = offeredBy(readable(file.text) ? file.text : file.last);
    html.lang = language();
    return file;
  });

  /* From the moment the page is read, one copy is in the page, the one in its language; the
     others wait aside, to take its place if the language changes before the app runs. */
  var copies = {};
  var shown = null;

  function showCopy() {
    var wanted = copies[html.lang];
    if (wanted && shown && wanted !== shown) {
      shown.replaceWith(wanted);
      shown = wanted;
    }
    if (!shown) return;
    document.title = shown.getAttribute('data-title');
    var description = document.querySelector('meta[name="description"]');
    if (description) description.setAttribute('content', shown.getAttribute('data-description'));
  }

  /* Each copy's language switch offers what the clinic offers. */
  function pruneSwitches() {
    for (var lang in copies) {
      var select = copies[lang].querySelector('#' + LANGUAGE_SWITCH_ID);
      if (!select) continue;
      for (var i = select.options.length - 1; i >= 0; i--) {
        if (offered.indexOf(select.options[i].value) < 0) select.remove(i);
      }
      if (select.options.length < 2) select.parentNode.hidden = true;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var all = document.querySelectorAll('.' + COPY_CLASS);
    for (var i = 0; i < all.length; i++) {
      copies[all[i].lang] = all[i];
      if (all[i].lang === html.lang) shown = all[i];
      else all[i].remove();
    }
    showCopy();
    clinic.then(function () {
      pruneSwitches();
      showCopy();
    });
  });

  /* Until the app has taken over, a tap on a button of the start screen is kept for it on the
     copy (the button's data-testid) and goes no further; the skip link moves focus, as the
     app's does. */
  addEventListener('click', function (event) {
    var target = event.target;
    var copy = target.closest && target.closest('.' + COPY_CLASS);
    if (!copy) return;
    if (target.closest('a.skip')) {
      event.preventDefault();
      copy.querySelector('main').focus();
      return;
    }
    var button = target.closest('button');
    if (!button || button.closest('#crash')) return;
    event.preventDefault();
    event.stopPropagation();
    copy.setAttribute(PENDING, button.getAttribute('data-testid'));
    copy.setAttribute('aria-busy', 'true');
  }, true);

  /* A language picked on the start screen: the copy in it shows, and the app that starts is in it. */
  addEventListener('change', function (event) {
    var target = event.target;
    if (target.id !== LANGUAGE_SWITCH_ID || !target.closest('.' + COPY_CLASS)) return;
    html.lang = target.value;
    store(LANGUAGE_KEY, target.value);
    showCopy();
    var select = shown.querySelector('#' + LANGUAGE_SWITCH_ID);
    select.value = target.value;
    select.focus();
  });

  /* The app in the page's language: its bundle (one per language in a release build; one for
     all when served for development; a build of fewer languages speaks its first one), started
     with the clinic's file. A language picked meanwhile starts its own bundle. */
  function load(file) {
    var bundles = JSON.parse(document.getElementById(BUNDLES_ID).textContent);
    var bundleOf = function (lang) { return bundles[lang] || bundles[''] || bundles[Object.keys(bundles)[0]]; };
    var bundle = bundleOf(html.lang);
    return import(bundle.js).then(function (app) {
      /* The wasm compiled once all of it is here: a compile that streams ends in a longer task
         on the page's thread (measured: README). */
      var wasm = fetch(bundle.wasm, { integrity: bundle.integrity }).then(function (response) {
        if (!response.ok) throw new Error(bundle.wasm + ': ' + response.status);
        return response.arrayBuffer();
      });
      return app.default({ module_or_path: wasm }).then(function () {
        if (bundleOf(html.lang) !== bundle) return load(file);
        /* In a task of its own: instantiating the app and starting it are two short tasks. */
        setTimeout(function () {
          app.start(html.lang, file.text, file.status, file.last);
        });
      });
    });
  }

  /* After the start screen has painted, so that the first paint does not wait for the app. */
  requestAnimationFrame(function () {
    setTimeout(function () {
      clinic.then(load).catch(show);
    });
  });

  function show() {
    var panel = document.getElementById('crash');
    if (!panel || !panel.hidden) return;
    var busy = document.querySelector('[aria-busy]');
    if (busy) busy.removeAttribute('aria-busy');
    panel.hidden = false;
    var button = panel.querySelector('button');
    button.addEventListener('click', function () { location.reload(); });
    button.focus();
  }
  addEventListener('error', show);
  addEventListener('unhandledrejection', show);
})();
