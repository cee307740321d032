// Swagger UI renders its server list as a <select> with no label (axe: select-name, critical). The UI is
// built by React after load and re-rendered later, so label the select whenever it appears.
(function () {
  'use strict';

  function labelServers() {
    document.querySelectorAll('select#servers:not([aria-label]), .servers select:not([aria-label])').forEach(function (select) {
      select.setAttribute('aria-label', 'Server');
    });
  }

  new MutationObserver(labelServers).observe(document.documentElement, { childList: true, subtree: true });
  labelServers();
})();
