/*
 * Rapor's search box: finds a body by name as the reader types (plain
 * ES2017, no build step, no inline script: a strict Content-Security-Policy
 * holds).
 *
 * The box is partials/search.html, a form in every page's header. Without
 * JavaScript it leads to the home page's province list. With it, the
 * index (generator/search, search/<lang>.json: the form's data-index,
 * relative to the page) is fetched the first time the box gets focus or
 * input, never on page load; what is typed meanwhile is searched once the
 * index is there. If it cannot be fetched, the form keeps its
 * no-JavaScript behaviour.
 *
 * The index's links are relative to the site root; the form's data-root
 * is the root relative to the page ("../../"). Results are links made with
 * createElement, textContent and setAttribute: no markup from the data.
 * The list follows the input, so Tab reaches it; ArrowDown and ArrowUp
 * move between the input and the links, Escape returns to the input, and
 * Enter in the input follows the first result. The count is announced in
 * the form's status (role=status, aria-live).
 *
 * Normalisation and ranking follow the rules written in
 * generator/search/doc.go; generator/search/testdata/cases.json tests this
 * script (through generator/browser) and the Go side alike.
 *
 * window.raporSearch exposes words() and the form's state, for tests.
 */
(function () {
  'use strict';

  var LIMIT = 8; // search.Limit
  // LATIN folds U+00C0–U+017F after lower-casing, one entry per code
  // point, "-" for a separator: the table latin of generator/search.
  var LATIN = ('a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss ' +
    'a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y ' +
    'a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h ' +
    'i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n ' +
    'o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u ' +
    'w w y y y z z z z z z s').split(' ');

  // words splits a text into normalised words: lower case; a–z and 0–9
  // kept; combining marks dropped; Latin letters folded; anything else
  // separates words.
  function words(s) {
    var out = [];
    var w = '';
    s = String(s).toLowerCase();
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      var n = s.charCodeAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w += c;
      } else if (n >= 0x300 && n <= 0x36f) {
        // a combining mark: dropped within the word
      } else if (n >= 0xc0 && n <= 0x17f && LATIN[n - 0xc0] !== '-') {
        w += LATIN[n - 0xc0];
      } else if (w) {
        out.push(w);
        w = '';
      }
    }
    if (w) {
      out.push(w);
    }
    return out;
  }

  var api = { words: words, state: 'none' };
  window.raporSearch = api;

  var form = document.querySelector('form.search[data-index]');
  var input = form && form.querySelector('input');
  var status = form && form.querySelector('.search-status');
  var list = form && form.querySelector('.search-results');
  if (!input || !status || !list || typeof window.fetch !== 'function') {
    return;
  }

  var index = null; // {kinds, bodies, aliases}
  var follow = false; // Enter was pressed before the index arrived

  function setState(s) {
    api.state = s;
    form.setAttribute('data-state', s);
  }

  // load fetches the index once.
  function load() {
    if (api.state !== 'none') {
      return;
    }
    setState('loading');
    window.fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) {
          throw new Error('HTTP ' + res.status);
        }
        return res.text();
      })
      .then(function (text) {
        index = prepare(JSON.parse(text));
        setState('ready');
        update();
        if (follow) {
          follow = false;
          go();
        }
      })
      .catch(function (err) {
        setState('failed');
        say(form.getAttribute('data-failed'));
        if (window.console) {
          window.console.warn('rapor: search index: ' + err);
        }
      });
  }

  // prepare keeps each body's name key and word starts, and each kind's
  // aliases, for the searches to come.
  function prepare(raw) {
    if (!raw || raw.v !== 1 || !Array.isArray(raw.kinds) || !Array.isArray(raw.bodies)) {
      throw new Error('unknown index format');
    }
    var aliases = Object.create(null);
    raw.kinds.forEach(function (k, i) {
      (k[3] || []).forEach(function (a) {
        (aliases[a] = aliases[a] || []).push(i);
      });
    });
    var bodies = raw.bodies.map(function (b) {
      var ws = words(b[1]);
      var at = [];
      var n = 0;
      ws.forEach(function (w) {
        at.push(n);
        n += w.length;
      });
      return { kind: b[0], name: String(b[1]), slug: String(b[2]), province: b.length > 3 ? b[3] : -1, key: ws.join(''), at: at };
    });
    return { kinds: raw.kinds, bodies: bodies, aliases: aliases };
  }

  // alias finds a kind named at the start of the words, else at their
  // end, the longest first.
  function alias(ws) {
    var n, ks;
    for (n = ws.length; n >= 1; n--) {
      ks = index.aliases[ws.slice(0, n).join('')];
      if (ks) {
        return { kinds: ks, rest: ws.slice(n).join('') };
      }
    }
    for (n = ws.length - 1; n >= 1; n--) {
      ks = index.aliases[ws.slice(ws.length - n).join('')];
      if (ks) {
        return { kinds: ks, rest: ws.slice(0, ws.length - n).join('') };
      }
    }
    return null;
  }

  // match: 0 exactly, 1 at the start, 2 at a word's start, 3 anywhere, -1 not.
  function match(b, k) {
    if (b.key === k) {
      return 0;
    }
    var at = b.key.indexOf(k);
    if (at === 0) {
      return 1;
    }
    if (at < 0) {
      return -1;
    }
    for (var i = 0; i < b.at.length; i++) {
      if (b.key.substr(b.at[i], k.length) === k) {
        return 2;
      }
    }
    return 3;
  }

  function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // search ranks the bodies for a query: the indexes of the best, best first.
  function search(query) {
    var ws = words(query);
    if (ws.length === 0) {
      return [];
    }
    var q = ws.join('');
    var named = alias(ws);
    var hits = [];
    index.bodies.forEach(function (b, i) {
      var best = { penalty: 2, match: -1 };
      var better = function (penalty, m) {
        if (m >= 0 && (best.match < 0 || penalty < best.penalty || (penalty === best.penalty && m < best.match))) {
          best = { penalty: penalty, match: m };
        }
      };
      better(0, match(b, q));
      if (named) {
        var ofKind = named.kinds.indexOf(b.kind) >= 0;
        if (ofKind && named.rest === '') {
          better(0, 1);
        } else if (ofKind) {
          better(0, match(b, named.rest));
        } else if (named.rest !== '') {
          better(1, match(b, named.rest));
        }
      }
      if (best.match >= 0) {
        hits.push({ i: i, penalty: best.penalty, match: best.match });
      }
    });
    hits.sort(function (x, y) {
      var a = index.bodies[x.i];
      var b = index.bodies[y.i];
      return x.penalty - y.penalty || x.match - y.match || a.kind - b.kind ||
        compare(a.key, b.key) || compare(a.name, b.name) || x.i - y.i;
    });
    return hits.slice(0, LIMIT).map(function (h) {
      return h.i;
    });
  }

  // label is a result's text: "Kabupaten Lebong — Bengkulu".
  function label(b) {
    var k = index.kinds[b.kind];
    var s = k[1] === 1 ? k[0] + ' ' + b.name : b.name + ' ' + k[0];
    var p = index.bodies[b.province];
    return p ? s + ' — ' + p.name : s;
  }

  // href is a result's address, relative to the page; null for one that
  // would leave the site.
  function href(b) {
    var rel = form.getAttribute('data-root') + index.kinds[b.kind][2] + b.slug + '/';
    var url = new URL(rel, document.baseURI);
    return url.origin === window.location.origin ? rel : null;
  }

  function say(text) {
    status.textContent = text || '';
  }

  // update shows the results of what the box holds.
  function update() {
    if (!index) {
      return;
    }
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (words(input.value).length === 0) {
      list.hidden = true;
      say('');
      return;
    }
    var shown = 0;
    search(input.value).forEach(function (i) {
      var b = index.bodies[i];
      var h = href(b);
      if (!h) {
        return;
      }
      var a = document.createElement('a');
      a.setAttribute('href', h);
      a.textContent = label(b);
      var li = document.createElement('li');
      li.appendChild(a);
      list.appendChild(li);
      shown++;
    });
    list.hidden = shown === 0;
    if (shown === 0) {
      say(form.getAttribute('data-none'));
    } else if (shown === 1) {
      say(form.getAttribute('data-single'));
    } else {
      say(form.getAttribute('data-count').replace('{count}', String(shown)));
    }
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  // go follows the first result.
  function go() {
    var first = links()[0];
    if (first) {
      window.location.assign(first.href);
    }
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    load();
    if (api.state === 'loading' && input.value) {
      say(form.getAttribute('data-loading'));
    }
    update();
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' && links().length > 0) {
      ev.preventDefault();
      links()[0].focus();
    } else if (ev.key === 'Escape' && !list.hidden) {
      list.hidden = true;
    }
  });
  list.addEventListener('keydown', function (ev) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && at >= 0 && at < all.length - 1) {
      ev.preventDefault();
      all[at + 1].focus();
    } else if (ev.key === 'ArrowUp' && at >= 0) {
      ev.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (ev.key === 'Escape') {
      ev.preventDefault();
      input.focus();
    }
  });
  form.addEventListener('submit', function (ev) {
    if (api.state === 'failed') {
      return; // the province list, as without JavaScript
    }
    ev.preventDefault();
    if (api.state === 'ready') {
      go();
    } else {
      follow = true;
      load();
    }
  });
  // Text typed before this script ran, or kept by the browser.
  if (input.value) {
    load();
  }
})();
