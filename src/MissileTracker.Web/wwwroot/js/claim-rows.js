// Repeatable rows of the claim form (figures, regions). "Add" clones the section's <template> and
// gives the copy a fresh index in place of the template's __i__; "Remove" drops its row. Rows are
// bound through Input.Figures.Index / Input.Regions.Index, so indexes need not be contiguous.
(function () {
  'use strict';
  var placeholder = /__i__/g;
  document.querySelectorAll('.claim-rows').forEach(function (section) {
    var list = section.querySelector('.claim-row-list');
    var template = document.getElementById(section.dataset.rowTemplate);
    var next = 0;
    list.querySelectorAll('.claim-row').forEach(function (row) {
      next = Math.max(next, (parseInt(row.dataset.rowIndex, 10) || 0) + 1);
    });

    section.querySelector('.claim-row-add').addEventListener('click', function () {
      var index = String(next++);
      var row = template.content.firstElementChild.cloneNode(true);
      [row].concat(Array.prototype.slice.call(row.querySelectorAll('*'))).forEach(function (el) {
        ['name', 'id', 'for', 'value', 'data-row-index', 'data-valmsg-for'].forEach(function (attribute) {
          var value = el.getAttribute(attribute);
          if (value !== null && value.indexOf('__i__') >= 0) {
            el.setAttribute(attribute, value.replace(placeholder, index));
          }
        });
      });
      list.appendChild(row);
      var first = row.querySelector('select, input:not([type=hidden])');
      if (first) { first.focus(); }
    });

    list.addEventListener('click', function (e) {
      var button = e.target.closest('.claim-row-remove');
      if (button) {
        button.closest('.claim-row').remove();
        section.querySelector('.claim-row-add').focus();
      }
    });
  });
})();
