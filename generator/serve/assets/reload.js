// Added by "rapor serve" to the pages it serves, never to a build: reloads
// the page when the site has been rebuilt since the page was served.
(function () {
  'use strict';
  var me = document.currentScript;
  var served = me ? me.getAttribute('data-generation') : null;
  if (!window.EventSource) {
    return;
  }
  var events = new EventSource(me ? me.getAttribute('data-events') : '/__rapor/events');
  events.addEventListener('build', function (e) {
    if (e.data !== served) {
      events.close();
      location.reload();
    }
  });
})();
