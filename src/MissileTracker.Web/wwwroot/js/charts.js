// Draws a Chart.js bar chart above every statistics table on the page, from the table's own
// cells, so chart and table cannot disagree. Without JavaScript the tables stand alone.
(function () {
  'use strict';

  if (typeof Chart === 'undefined') {
    return;
  }

  // Colour-blind-safe pairs with enough contrast on white (Okabe-Ito blue and vermilion).
  var COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'];

  document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartFor);
    if (!table) {
      return;
    }
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var datasets = headings.map(function (heading, i) {
      return {
        label: heading,
        backgroundColor: COLOURS[i % COLOURS.length],
        data: rows.map(function (row) {
          var value = row.cells[i + 1].dataset.value;
          return value === undefined || value === '' ? null : Number(value);
        })
      };
    });

    canvas.parentElement.hidden = false;
    var chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // The page's language formats the numbers (thousands separators); the axes are named from the table's headings.
        locale: document.documentElement.lang || undefined,
        scales: {
          x: { title: { display: true, text: table.tHead.rows[0].cells[0].textContent.trim() } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: canvas.dataset.yTitle || '' } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    canvas.dataset.bars = String(chart.getDatasetMeta(0).data.length);
  });
})();
