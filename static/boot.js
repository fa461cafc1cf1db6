/* Runs before the first paint, beside the WebAssembly app: picks the page's language, keeps a
   tap made on the pre-rendered copy until the app takes it over, and shows the crash panel if
   the app fails. src/shell.rs describes the whole mechanism and defines the names shared with
   this file (a test checks they match). Shipped as is: keep comments short. */
(function () {
  var COPY_CLASS = 'copy';
  var LANGUAGES_ATTR = 'data-languages';
  var PENDING = 'data-pending';
  var LANGUAGE_KEY = 'recovery-quiz.language';

  var html = document.documentElement;
  var offered = (html.getAttribute(LANGUAGES_ATTR) || html.lang).split(' ');

  function isOffered(code) {
    return typeof code === 'string' && offered.indexOf(code) >= 0;
  }

  function chosen() {
    try {
      return JSON.parse(localStorage.getItem(LANGUAGE_KEY));
    } catch (e) {
      return null; /* no storage here, or unreadable */
    }
  }

  function language() {
    var asked = new URLSearchParams(location.search).get('lang');
    if (isOffered(asked)) return asked;
    var own = chosen();
    if (isOffered(own)) return own;
    var browser = navigator.languages || [navigator.language];
    for (var i = 0; i < browser.length; i++) {
      var code = String(browser[i]).toLowerCase().split('-')[0];
      if (isOffered(code)) return code;
    }
    return offered[0];
  }

  html.lang = language();

  document.addEventListener('DOMContentLoaded', function () {
    var copies = document.querySelectorAll('.' + COPY_CLASS);
    for (var i = 0; i < copies.length; i++) {
      var copy = copies[i];
      if (copy.lang !== html.lang) {
        copy.remove();
      } else {
        document.title = copy.getAttribute('data-title');
        var description = document.querySelector('meta[name="description"]');
        if (description) description.setAttribute('content', copy.getAttribute('data-description'));
      }
    }
  });

  /* A tap on the copy is kept for the app and goes no further until the app has taken the
     copy over (it drops the class then): an app half-way through starting must not act on it. */
  addEventListener('click', function (event) {
    var target = event.target;
    var copy = target.closest && target.closest('.' + COPY_CLASS);
    if (!copy) return;
    /* The skip link moves focus without touching the URL, like the app's own. */
    if (target.closest('a.skip')) {
      event.preventDefault();
      event.stopPropagation();
      copy.querySelector('main').focus();
      return;
    }
    var button = target.closest('button');
    if (!button || button.closest('#crash')) return;
    event.preventDefault();
    event.stopPropagation();
    copy.setAttribute(PENDING, Array.prototype.indexOf.call(copy.querySelectorAll('button'), button));
    copy.setAttribute('aria-busy', 'true');
  }, true);

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
