/*
 * In an embed page (/embed/…): tells the page that shows it in an iframe
 * how tall it is, whenever that changes, so that embed-host.js can size
 * the iframe. The message holds only the height.
 */
(function () {
  'use strict';
  if (window.parent === window) {
    return;
  }
  var last = 0;
  function tell() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'rapor:embed-height', height: height }, '*');
    }
  }
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  document.addEventListener('toggle', tell, true);
  if (typeof window.ResizeObserver === 'function') {
    new window.ResizeObserver(tell).observe(document.documentElement);
  }
  tell();
})();
