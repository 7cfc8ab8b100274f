/*
 * Copy buttons (plain ES2017, no build step): <button class="copy"
 * data-copy="ID" hidden> copies the text of the element #ID. The buttons
 * stay hidden without this script, and the text stays selectable. The
 * outcome is said in the section's .copy-status (role="status"), with
 * the words of its data-done or data-failed.
 */
(function () {
  'use strict';
  function say(button, key) {
    var status = button.closest('section') && button.closest('section').querySelector('.copy-status');
    if (status) {
      status.textContent = status.getAttribute(key) || '';
    }
  }
  function select(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  function copy(button) {
    var el = document.getElementById(button.getAttribute('data-copy'));
    if (!el) {
      return;
    }
    var text = el.textContent.replace(/\s+/g, ' ').trim();
    var done = function () { say(button, 'data-done'); };
    var failed = function () { select(el); say(button, 'data-failed'); };
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  }
  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { copy(button); });
  });
})();
