/* What runs before (and beside) the WebAssembly app; no dependencies.
   1. A tap on a button of the pre-rendered start screen before the app has arrived is kept in
      the copy's data-pending (the button's position), and the app answers it on arrival
      (src/hooks/prerender.rs). The page shows it is busy meanwhile. The copy's skip link moves
      focus to <main> without adding #main to the URL.
   2. When the WebAssembly traps (a Rust panic under panic=abort) or any uncaught error escapes,
      the app's crash panel is shown, since the app itself can no longer run. The panel and its
      words are rendered (hidden) by the app; answers are already in local storage. */
(function () {
  addEventListener('click', function (event) {
    var copy = document.getElementById('prerender');
    // The copy's skip link moves focus without touching the URL, like the app's own.
    var skip = event.target.closest && event.target.closest('#prerender a.skip');
    if (copy && skip) {
      event.preventDefault();
      copy.querySelector('main').focus();
      return;
    }
    var button = event.target.closest && event.target.closest('#prerender button');
    if (!copy || !button || !copy.contains(button) || button.closest('#crash')) return;
    copy.setAttribute('data-pending', Array.prototype.indexOf.call(copy.querySelectorAll('button'), button));
    copy.setAttribute('aria-busy', 'true');
  });

  function show() {
    var panel = document.getElementById('crash');
    if (!panel || !panel.hidden) return;
    var copy = document.getElementById('prerender');
    if (copy) copy.removeAttribute('aria-busy');
    panel.hidden = false;
    var button = panel.querySelector('button');
    button.addEventListener('click', function () { location.reload(); });
    button.focus();
  }
  addEventListener('error', show);
  addEventListener('unhandledrejection', show);
})();
