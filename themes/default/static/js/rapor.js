/*
 * Rapor's charts (plain ES2017, no build step).
 *
 * Each chart is a container <div data-chart="ID"> and its ECharts option
 * as data in <script type="application/json" id="ID-data">; the page
 * also holds the same data as a table, in a <details> that is open in the
 * HTML, so that without JavaScript every figure is readable.
 *
 * Nothing starts before the page has loaded and painted its text. The
 * chart library is large (loading and a first drawing cost a slow phone
 * the better part of a second), so it is loaded only when a chart is to
 * be drawn: its address (and Subresource Integrity hash) are this
 * script's data-echarts and data-echarts-integrity attributes. Until the
 * reader scrolls, only the charts that stand in the upper three quarters
 * of the screen are drawn: one just peeking in at the bottom edge waits,
 * its table readable meanwhile. Once the reader scrolls, charts are drawn
 * ahead of time, as they come within half a screen of it, so that they
 * are ready before they are seen. Each is drawn one at a time, in two
 * short tasks (set-up, drawing) with idle time between charts, marked
 * "chart--ready", its table's <details> closed (still a click or a key
 * away), and resized with the page. Where scripts run, the style sheet
 * sets aside each chart's room from the first paint, so that drawing a
 * chart moves nothing already on screen. Without ECharts (blocked or
 * offline) the tables stay as they are and that room is given back. No
 * inline script anywhere, so a strict Content-Security-Policy holds.
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

  // failed gives up on the library: the tables are the charts, and no
  // container keeps the room the style sheet set aside for its chart.
  function failed() {
    library = 'failed';
    var containers = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < containers.length; i++) {
      if (!charts[containers[i].getAttribute('data-chart')]) {
        containers[i].style.height = '0';
      }
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

  // prepare sizes a chart's container and starts its ECharts instance;
  // null, with the room for the chart given back, when that fails.
  function prepare(echarts, container) {
    var height = parseInt(container.getAttribute('data-chart-height'), 10);
    if (height > 0) {
      container.style.height = height + 'px';
    } else if (container.clientHeight === 0) {
      container.style.height = DEFAULT_HEIGHT + 'px';
    }
    try {
      return echarts.init(container, null, { renderer: 'svg' });
    } catch (err) {
      fail(container, null, err);
      return null;
    }
  }

  // fail undoes a chart that cannot be drawn: its table stays open, and
  // the room set aside for the chart is given back.
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
    var figure = container.parentNode;
    var details = figure && figure.querySelector('details.chart-data');
    if (details) {
      details.open = false; // the chart shows the data; the table is a click away
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
