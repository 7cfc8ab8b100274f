/*
 * Rapor's interactive charts (plain ES2017, no build step).
 *
 * Every chart is first a picture drawn at build time: an inline <svg
 * role="img"> in a <div class="chart-box">, readable at first paint
 * without script, with the same data as a table in a <details> below
 * it. Beside the picture stand a container <div data-chart="ID"> and the
 * chart's ECharts option as data in <script type="application/json"
 * id="ID-data">.
 *
 * The chart library is large (530 KB; loading and a first drawing cost a
 * slow phone the better part of a second), so by default it is loaded
 * only when a reader asks for it: this script shows each chart's
 * "interactive" button (hidden in the HTML, so that without script none
 * shows), and a click on the button or on the picture loads the library
 * (its address and Subresource Integrity hash are this script's
 * data-echarts and data-echarts-integrity attributes) and draws that
 * chart in the picture's place, in a box of the picture's own height, so
 * that nothing on the page moves. A site that sets interactive_charts =
 * "load" (this script's data-charts="load") gets every chart drawn as it
 * comes into view, as before: until the reader scrolls, only the charts
 * in the upper three quarters of the screen; once the reader scrolls,
 * those within half a screen of it.
 *
 * Each chart is drawn one at a time, in two short tasks (set-up,
 * drawing) with idle time between charts, marked "chart--live" on its
 * box, and resized with the page. Without ECharts (blocked or offline)
 * the pictures stay. No inline script anywhere, so a strict
 * Content-Security-Policy holds.
 *
 * window.raporCharts maps chart ids to their ECharts instances, for tests.
 */
(function () {
  'use strict';

  var DEFAULT_HEIGHT = 300; // px, when neither the CSS nor data-chart-height sets one
  var DEBOUNCE = 150; // ms
  // Where a chart's top must be for it to be drawn: before the reader
  // scrolls, in the upper three quarters of the screen; after, within
  // half a screen below it (or above it, scrolling up).
  var ON_SCREEN = '0px 0px -25% 0px';
  var AHEAD = '50% 0px 50% 0px';

  var self = document.currentScript;
  var charts = {}; // id → ECharts instance; window.raporCharts
  var queue = []; // containers near the screen, waiting to be drawn
  var library = 'none'; // 'none', 'loading', 'ready' or 'failed'
  var resizer = null;

  function start() {
    var containers = document.querySelectorAll('[data-chart]');
    if (containers.length === 0 || !self) {
      return;
    }
    window.raporCharts = charts;
    if (self.getAttribute('data-charts') !== 'load') {
      offer(containers);
      return;
    }
    if (typeof window.IntersectionObserver !== 'function') {
      for (var i = 0; i < containers.length; i++) {
        want(containers[i]);
      }
      return;
    }
    var waiting = Array.prototype.slice.call(containers);
    if (window.pageYOffset > 0) {
      watch(waiting, AHEAD); // scrolled already (or the browser restored a scroll)
      return;
    }
    var observer = watch(waiting, ON_SCREEN);
    var ahead = function () {
      window.removeEventListener('scroll', ahead);
      observer.disconnect();
      watch(waiting, AHEAD);
    };
    window.addEventListener('scroll', ahead, { passive: true });
  }

  // offer shows each chart's button, which (like a click on its picture)
  // draws the interactive chart; a chart without a picture is drawn at
  // once.
  function offer(containers) {
    Array.prototype.forEach.call(containers, function (container) {
      var id = container.getAttribute('data-chart');
      var box = container.parentNode;
      var svg = box && box.querySelector('svg.chart-svg');
      var button = document.querySelector('button[data-chart-for="' + id + '"]');
      if (!svg || !button) {
        want(container);
        return;
      }
      var ask = function () {
        if (container.getAttribute('data-asked')) {
          return;
        }
        container.setAttribute('data-asked', 'true');
        button.disabled = true;
        want(container);
      };
      button.hidden = false;
      button.addEventListener('click', ask);
      svg.addEventListener('click', ask);
    });
  }

  // watch observes the waiting containers with the given root margin; a
  // container that comes within it leaves waiting and is drawn.
  function watch(waiting, margin) {
    var observer = new window.IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var at = waiting.indexOf(entry.target);
        if (entry.isIntersecting && at >= 0) {
          waiting.splice(at, 1);
          observer.unobserve(entry.target);
          want(entry.target);
        }
      });
    }, { rootMargin: margin });
    waiting.forEach(function (container) {
      observer.observe(container);
    });
    return observer;
  }

  // want queues a chart to be drawn, loading the library the first time.
  function want(container) {
    queue.push(container);
    if (library === 'ready') {
      drain();
    } else if (library === 'none') {
      load();
    }
  }

  // load adds the chart library to the page.
  function load() {
    var src = self.getAttribute('data-echarts');
    if (!src) {
      failed();
      return;
    }
    library = 'loading';
    var script = document.createElement('script');
    script.src = src;
    var integrity = self.getAttribute('data-echarts-integrity');
    if (integrity) {
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
    }
    script.onload = function () {
      var echarts = window.echarts;
      if (echarts && typeof echarts.init === 'function') {
        library = 'ready';
        drain();
      } else {
        failed();
      }
    };
    script.onerror = failed;
    document.head.appendChild(script);
  }

  // failed gives up on the library: the pictures stay the charts.
  function failed() {
    library = 'failed';
    queue = [];
    if (window.console) {
      window.console.error('rapor: the chart library did not load');
    }
  }

  // drain draws the queued charts, one at a time with idle time between
  // them, each in two tasks (the chart's set-up, then its drawing), so
  // that the page stays responsive while they are drawn.
  var busy = false;
  function drain() {
    if (busy || library !== 'ready' || queue.length === 0) {
      return;
    }
    busy = true;
    var container = queue.shift();
    var chart = prepare(window.echarts, container);
    window.setTimeout(function () {
      if (chart && draw(chart, container)) {
        charts[container.getAttribute('data-chart')] = chart;
        watchSize(chart);
      }
      idle(function () {
        busy = false;
        drain();
      });
    }, 0);
  }

  // idle runs a function when the browser is next idle (within 500 ms).
  function idle(fn) {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(fn, { timeout: 500 });
    } else {
      window.setTimeout(fn, 0);
    }
  }

  // prepare sizes a chart's container, to its picture's height where it
  // has one, and starts its ECharts instance; null when that fails.
  function prepare(echarts, container) {
    var box = container.parentNode;
    var svg = box && box.querySelector('svg.chart-svg');
    var height = svg ? Math.round(svg.getBoundingClientRect().height) : parseInt(container.getAttribute('data-chart-height'), 10);
    if (svg) {
      box.classList.add('chart--drawing'); // drawn over the picture, which keeps the room
    }
    container.style.height = (height > 0 ? height : DEFAULT_HEIGHT) + 'px';
    try {
      return echarts.init(container, null, { renderer: 'svg' });
    } catch (err) {
      fail(container, null, err);
      return null;
    }
  }

  // fail undoes a chart that cannot be drawn: its picture stays.
  function fail(container, chart, err) {
    if (chart) {
      chart.dispose();
    }
    container.style.height = '0';
    if (window.console) {
      window.console.error('rapor: chart ' + container.getAttribute('data-chart') + ': ' + err);
    }
  }

  // draw gives a prepared chart its option from the page's JSON data; it
  // reports whether the chart was drawn.
  function draw(chart, container) {
    var id = container.getAttribute('data-chart');
    var data = id && document.getElementById(id + '-data');
    try {
      if (!data) {
        throw new Error('no data');
      }
      chart.setOption(JSON.parse(data.textContent));
    } catch (err) {
      fail(container, chart, err);
      return false;
    }
    container.classList.add('chart--ready');
    if (container.parentNode) {
      container.parentNode.classList.add('chart--live'); // the picture gives up its room
    }
    var button = document.querySelector('button[data-chart-for="' + id + '"]');
    if (button) {
      button.setAttribute('aria-pressed', 'true'); // stays, disabled: nothing below it moves
    }
    return true;
  }

  // watchSize resizes a chart when its container changes size, or with
  // the window where ResizeObserver is missing; debounced.
  var pending = {};
  var timer = 0;
  var sizes = {};
  function flush() {
    timer = 0;
    Object.keys(pending).forEach(function (id) {
      charts[id].resize();
    });
    pending = {};
  }
  function schedule(id) {
    pending[id] = true;
    if (!timer) {
      timer = window.setTimeout(flush, DEBOUNCE);
    }
  }
  function watchSize(chart) {
    var dom = chart.getDom();
    if (typeof window.ResizeObserver !== 'function') {
      window.addEventListener('resize', function () {
        schedule(dom.getAttribute('data-chart'));
      });
      return;
    }
    if (!resizer) {
      resizer = new window.ResizeObserver(function (entries) {
        entries.forEach(function (entry) {
          var id = entry.target.getAttribute('data-chart');
          var size = Math.round(entry.contentRect.width) + 'x' + Math.round(entry.contentRect.height);
          var was = sizes[id];
          sizes[id] = size;
          if (was && was !== size && charts[id]) {
            schedule(id);
          }
        });
      });
    }
    resizer.observe(dom);
  }

  // Charts wait until the page has loaded and painted its text: the
  // reader sees the story and the tables first, and the chart library
  // never competes with them.
  function later() {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(start, { timeout: 1000 });
    } else {
      window.setTimeout(start, 0);
    }
  }
  if (document.readyState === 'complete') {
    later();
  } else {
    window.addEventListener('load', later);
  }
})();
