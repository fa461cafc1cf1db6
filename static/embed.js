/* Recovery quiz embed helper: sizes each <iframe data-recovery-quiz> to the quiz's height, so the
   host page never shows a second scrollbar. No dependencies; messages are accepted only from the
   iframe's own window and origin. */
(function () {
  var PREFIX = 'recovery-quiz:height:';
  addEventListener('message', function (event) {
    if (typeof event.data !== 'string' || event.data.indexOf(PREFIX) !== 0) return;
    var frames = document.querySelectorAll('iframe[data-recovery-quiz]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      var height = parseInt(event.data.slice(PREFIX.length), 10);
      if (height > 0 && height < 100000) frame.style.height = height + 'px';
    }
  });
})();
