/*
 * On a page that embeds Rapor charts (the iframe code of a body's page):
 * sizes each <iframe data-rapor-embed> to the height its page reports.
 * Only a message from the iframe's own window, with a number, is heeded;
 * the height is kept between 100 and 5000 px.
 */
(function () {
  'use strict';
  if (window.raporEmbedHost) {
    return; // the code is pasted once per chart; one listener does for all
  }
  window.raporEmbedHost = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'rapor:embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) {
      return;
    }
    var frames = document.querySelectorAll('iframe[data-rapor-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(5000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
