// Draws each claims table on /stats as a chart: a claim's figure at the date it was said, one series per speaker,
// so disagreeing aggregate claims are visible at a glance. The table stays the data and the accessible form;
// every label is read with textContent and Chart.js draws text on a canvas, so nothing here is parsed as HTML.
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  // Okabe-Ito: distinguishable with colour-blindness, all at least 3:1 on white.
  var COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
  var DAY = 24 * 60 * 60 * 1000;
  var locale = document.documentElement.lang || undefined;

  function formatDate(ms) {
    return new Date(ms).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  document.querySelectorAll('canvas[data-claims-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.claimsFor);
    if (!table) {
      return;
    }
    var bySpeaker = new Map();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var value = Number(row.dataset.value);
      var date = Date.parse(row.dataset.date + 'T00:00:00Z');
      if (isNaN(value) || isNaN(date)) {
        return;
      }
      var speaker = row.cells[1].textContent.trim();
      if (!bySpeaker.has(speaker)) {
        bySpeaker.set(speaker, []);
      }
      bySpeaker.get(speaker).push({ x: date, y: value, text: row.cells[2].textContent.trim(), lowerBound: row.dataset.lowerBound === 'true' });
    });

    var datasets = [];
    bySpeaker.forEach(function (points, speaker) {
      var colour = COLOURS[datasets.length % COLOURS.length];
      datasets.push({
        label: speaker,
        data: points,
        borderColor: colour,
        backgroundColor: colour,
        showLine: points.length > 1,
        pointRadius: 6,
        pointHoverRadius: 8,
        // A lower bound ("at least 24") is a hollow triangle: the true figure may be higher.
        pointStyle: points.map(function (p) { return p.lowerBound ? 'triangle' : 'circle'; }),
        pointBackgroundColor: points.map(function (p) { return p.lowerBound ? '#ffffff' : colour; }),
        pointBorderWidth: 2
      });
    });

    canvas.parentElement.hidden = false;
    var chart = new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: locale,
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: table.tHead.rows[0].cells[0].textContent.trim() },
            ticks: { callback: function (value) { return formatDate(value); }, maxTicksLimit: 6 },
            // A single date still gets some width either side.
            grace: DAY
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: canvas.dataset.yTitle || '' },
            ticks: { precision: 0 }
          }
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? formatDate(items[0].raw.x) : ''; },
              label: function (item) { return item.dataset.label + ': ' + item.raw.text; }
            }
          }
        }
      }
    });
    canvas.dataset.points = String(datasets.reduce(function (n, d) { return n + d.data.length; }, 0));
    canvas.dataset.series = String(chart.data.datasets.length);
  });
})();
