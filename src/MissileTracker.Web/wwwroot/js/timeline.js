// Keyboard movement on the timeline: ↑/↓ (or j/k) move focus between the strikes in the list,
// ←/→ between the buckets of the time axis. Everything still works with Tab alone.
(function () {
  'use strict';

  function move(list, current, step) {
    var i = list.indexOf(current);
    var next = list[i + step];
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
      return true;
    }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var target = event.target;
    if (target.matches('input, select, textarea')) {
      return;
    }
    var strikes = Array.prototype.slice.call(document.querySelectorAll('a.strike-link'));
    var buckets = Array.prototype.slice.call(document.querySelectorAll('.time-axis a.axis-label'));
    var key = event.key;

    if (buckets.indexOf(target) >= 0 && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      if (move(buckets, target, key === 'ArrowRight' ? 1 : -1)) {
        event.preventDefault();
      }
      return;
    }

    var down = key === 'ArrowDown' || key === 'j';
    var up = key === 'ArrowUp' || key === 'k';
    if (!down && !up) {
      return;
    }
    var item = target.closest ? target.closest('li.strike-item') : null;
    var current = item ? item.querySelector('a.strike-link') : null;
    if (current) {
      if (move(strikes, current, down ? 1 : -1)) {
        event.preventDefault();
      }
    } else if ((key === 'j' || key === 'k') && strikes.length > 0) {
      // From elsewhere on the page, j/k jump into the list.
      strikes[down ? 0 : strikes.length - 1].focus();
      event.preventDefault();
    }
  });
})();
