/*
 * Rapor's charts: the theme's only script (plain ES2017, no build step).
 *
 * Each chart is a container <div data-chart="ID"> and its ECharts option
 * as data in <script type="application/json" id="ID-data">; the page
 * also holds the same data as a table. This script draws each chart
 * with ECharts, marks its container "chart--ready", closes the table's
 * <details> (open in the HTML, so that without JavaScript every figure
 * is readable; closed, it stays reachable by keyboard) and resizes
 * the charts with the page. Without ECharts (blocked or offline) it does
 * nothing and the tables stay as they are. No inline script anywhere,
 * so a strict Content-Security-Policy holds.
 *
 * window.raporCharts maps chart ids to their ECharts instances, for tests.
 */
(function () {
  'use strict';

  var DEFAULT_HEIGHT = 300; // px, when neither the CSS nor data-chart-height sets one
  var DEBOUNCE = 150; // ms

  function start() {
    var echarts = window.echarts;
    if (!echarts || typeof echarts.init !== 'function') {
      return; // the tables are the charts
    }
    var charts = {};
    var containers = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < containers.length; i++) {
      var chart = draw(echarts, containers[i]);
      if (chart) {
        charts[containers[i].getAttribute('data-chart')] = chart;
      }
    }
    window.raporCharts = charts;
    watchSize(charts);
  }

  // draw starts one chart; it returns null and leaves the container as it
  // was when the chart cannot be drawn.
  function draw(echarts, container) {
    var id = container.getAttribute('data-chart');
    var data = id && document.getElementById(id + '-data');
    if (!data) {
      return null;
    }
    var chart = null;
    try {
      var option = JSON.parse(data.textContent);
      var height = parseInt(container.getAttribute('data-chart-height'), 10);
      if (height > 0) {
        container.style.height = height + 'px';
      } else if (container.clientHeight === 0) {
        container.style.height = DEFAULT_HEIGHT + 'px';
      }
      chart = echarts.init(container, null, { renderer: 'svg' });
      chart.setOption(option);
    } catch (err) {
      if (chart) {
        chart.dispose();
      }
      container.style.height = '';
      if (window.console) {
        window.console.error('rapor: chart ' + id + ': ' + err);
      }
      return null;
    }
    container.classList.add('chart--ready');
    var figure = container.parentNode;
    var details = figure && figure.querySelector('details.chart-data');
    if (details) {
      details.open = false; // the chart shows the data; the table is a click away
    }
    return chart;
  }

  // watchSize resizes the charts when their containers change size, or
  // with the window where ResizeObserver is missing; debounced.
  function watchSize(charts) {
    var ids = Object.keys(charts);
    if (ids.length === 0) {
      return;
    }
    var pending = {};
    var timer = 0;
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
    if (typeof window.ResizeObserver === 'function') {
      var sizes = {};
      var observer = new window.ResizeObserver(function (entries) {
        entries.forEach(function (entry) {
          var id = entry.target.getAttribute('data-chart');
          var width = Math.round(entry.contentRect.width);
          var height = Math.round(entry.contentRect.height);
          var was = sizes[id];
          sizes[id] = [width, height];
          if (was && (was[0] !== width || was[1] !== height)) {
            schedule(id);
          }
        });
      });
      ids.forEach(function (id) {
        observer.observe(charts[id].getDom());
      });
      return;
    }
    window.addEventListener('resize', function () {
      ids.forEach(schedule);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
