/* Recovery quiz embed helper (docs/embed.md). For each <iframe data-recovery-quiz> on the page:
   - sizes it to the quiz's height, so the host page never shows a second scrollbar;
   - hands the quiz's events to the page's callbacks in window.recoveryQuiz.on, by name
     (ready, started, step_viewed, result_shown, contact_clicked) and to `any` for all of them:
       window.recoveryQuiz = { on: { result_shown: function (payload, message, frame) { … } } };
     The callbacks are looked up when each event arrives, so they may be set before or after
     this script loads.
   No dependencies; messages are accepted only from a quiz iframe's own window and origin. */
(function () {
  var PREFIX = 'recovery-quiz:height:';
  var EVENT_PREFIX = 'recoveryquiz.';

  /* The quiz iframe that sent this message, if it came from one, from that frame's origin. */
  function quizFrame(event) {
    var frames = document.querySelectorAll('iframe[data-recovery-quiz]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      return new URL(frame.src, location.href).origin === event.origin ? frame : null;
    }
    return null;
  }

  function call(callback, payload, message, frame) {
    if (typeof callback !== 'function') return;
    try {
      callback(payload, message, frame);
    } catch (error) {
      /* A broken callback must not stop the others, nor the sizing. */
      setTimeout(function () { throw error; });
    }
  }

  addEventListener('message', function (event) {
    var data = event.data;
    var height = typeof data === 'string' && data.indexOf(PREFIX) === 0;
    var quizEvent = data !== null && typeof data === 'object' && typeof data.event === 'string' &&
      data.event.indexOf(EVENT_PREFIX) === 0;
    if (!height && !quizEvent) return;
    var frame = quizFrame(event);
    if (!frame) return;
    if (height) {
      var px = parseInt(data.slice(PREFIX.length), 10);
      if (px > 0 && px < 100000) frame.style.height = px + 'px';
      return;
    }
    var on = (window.recoveryQuiz && window.recoveryQuiz.on) || {};
    var name = data.event.slice(EVENT_PREFIX.length);
    var payload = data.payload || {};
    if (name !== 'any') call(on[name], payload, data, frame);
    call(on.any, payload, data, frame);
  });
})();
