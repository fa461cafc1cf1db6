/* Shows the app's crash panel when the WebAssembly traps (a Rust panic under panic=abort) or any
   uncaught error escapes, since the app itself can no longer run. The panel and its words are
   rendered (hidden) by the app at start-up; answers are already in local storage. */
(function () {
  function show() {
    var panel = document.getElementById('crash');
    if (!panel || !panel.hidden) return;
    panel.hidden = false;
    var button = panel.querySelector('button');
    button.addEventListener('click', function () { location.reload(); });
    button.focus();
  }
  addEventListener('error', show);
  addEventListener('unhandledrejection', show);
})();
