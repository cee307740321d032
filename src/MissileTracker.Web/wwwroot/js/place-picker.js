// Editor forms: a settlement type-ahead over the tracker's gazetteer (input[data-place-search]) and a
// small Leaflet map (.point-picker) to click or drag a point. Both only fill ordinary form fields, so
// the form still works without JavaScript. Candidates are the app's own JSON (/editor/places/find):
// no external service. Every text goes into the page through textContent, never as HTML.
// The words come from the page (data-text-* attributes written in the page's language), none from here.
(function () {
  'use strict';

  // A page text with its {0} filled in.
  function format(text, value) {
    return (text || '').replace('{0}', value);
  }

  // Leaflet takes its attribution as HTML: the page's words are escaped into it.
  function escapeHtml(text) {
    return (text || '').replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }

  function byId(id) {
    return id ? document.getElementById(id) : null;
  }

  function setValue(input, value) {
    if (!input) {
      return;
    }
    input.value = value === null || value === undefined ? '' : String(value);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function describe(c) {
    var parts = [c.cityDistrict, c.raion, c.oblastName].filter(function (p) { return p; });
    return parts.join(', ');
  }

  // ---- Point picker -------------------------------------------------------------------------
  document.querySelectorAll('.point-picker').forEach(function (picker) {
    if (typeof L === 'undefined') {
      return;
    }
    var lat = byId(picker.dataset.latInput), lon = byId(picker.dataset.lonInput);
    var box = picker.querySelector('.point-picker-map');
    var map = L.map(box, { zoomSnap: 0.25 });
    map.attributionControl.addAttribution(escapeHtml(picker.dataset.textOutlines) + ' <a href="https://www.amcharts.com/">amCharts</a>');
    if (picker.dataset.tileUrl) {
      L.tileLayer(picker.dataset.tileUrl, { attribution: picker.dataset.tileAttribution || '' }).addTo(map);
    }
    map.setView([48.4, 31.2], 5);
    var marker = null, writing = false;

    function current() {
      var a = parseFloat(lat.value), b = parseFloat(lon.value);
      return isNaN(a) || isNaN(b) ? null : L.latLng(a, b);
    }

    function place(latlng, write) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, keyboard: true, title: picker.dataset.textMarkerTitle || '', alt: picker.dataset.textMarkerAlt || '' }).addTo(map);
        marker.on('dragend', function () {
          place(marker.getLatLng(), true);
        });
      } else {
        marker.setLatLng(latlng);
      }
      if (write) {
        // The fields' change handlers below must not pan and zoom to a point the editor just clicked.
        writing = true;
        setValue(lat, latlng.lat.toFixed(5));
        setValue(lon, latlng.lng.toFixed(5));
        writing = false;
      }
      picker.dataset.point = latlng.lat.toFixed(5) + ',' + latlng.lng.toFixed(5);
    }

    map.on('click', function (e) {
      place(e.latlng, true);
    });
    [lat, lon].forEach(function (input) {
      input.addEventListener('change', function () {
        var p = current();
        if (p && !writing) {
          place(p, false);
          map.setView(p, Math.max(map.getZoom(), 9));
        }
      });
    });

    fetch(picker.dataset.boundaries, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (geojson) {
        if (geojson) {
          var outlines = L.geoJSON(geojson, {
            style: { color: '#6c757d', weight: 1, fillColor: '#f8f9fa', fillOpacity: picker.dataset.tileUrl ? 0 : 1 },
            interactive: false
          }).addTo(map);
          // Not animated: the map is marked ready where it will stay, so a click lands on the point it shows.
          map.fitBounds(outlines.getBounds(), { padding: [4, 4], animate: false });
        }
      })
      .catch(function () { /* the map still takes clicks without outlines */ })
      .then(function () {
        var p = current();
        if (p) {
          place(p, false);
          map.setView(p, 9, { animate: false });
        }
        picker.classList.add('map-ready');
      });
  });

  // ---- Settlement type-ahead -----------------------------------------------------------------
  document.querySelectorAll('input[data-place-search]').forEach(function (input) {
    var d = input.dataset;
    var list = byId(input.getAttribute('aria-controls'));
    var chosen = input.parentElement.querySelector('.place-chosen');
    var placeId = byId(d.placeIdInput), gazetteerKey = byId(d.gazetteerKeyInput);
    var candidates = [], active = -1, timer = null, requested = '';

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role="option"]');
      items.forEach(function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(c) {
      input.value = c.name;
      setValue(placeId, c.placeId);
      setValue(gazetteerKey, c.placeId ? '' : c.gazetteerKey);
      setValue(byId(d.oblastInput), c.oblast);
      setValue(byId(d.districtInput), c.cityDistrict || c.raion || '');
      setValue(byId(d.latInput), c.latitude);
      setValue(byId(d.lonInput), c.longitude);
      if (chosen) {
        chosen.textContent = format(d.textPlace, c.name + ' (' + describe(c) + ')' + (c.geoNamesId ? ', GeoNames ' + c.geoNamesId : '') + (c.editorAdded ? ', ' + d.textAddedByEditor : ''));
      }
      close();
      input.dispatchEvent(new CustomEvent('place-chosen', { bubbles: true, detail: c }));
    }

    function show(found) {
      candidates = found;
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      if (found.length === 0) {
        var none = document.createElement('li');
        none.className = 'place-candidate-none';
        none.textContent = d.textNoPlace || '';
        list.appendChild(none);
      }
      found.forEach(function (c, i) {
        var item = document.createElement('li');
        item.id = list.id + '-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.className = 'place-candidate';
        var name = document.createElement('span');
        name.className = 'place-candidate-name';
        name.textContent = c.name + (c.nameUk ? ' · ' + c.nameUk : '');
        var where = document.createElement('span');
        where.className = 'place-candidate-where';
        where.textContent = describe(c) + (c.matchedName ? ' (' + format(d.textAlsoCalled, c.matchedName) + ')' : '') + (c.editorAdded ? ' · ' + d.textAddedByEditor : '');
        item.appendChild(name);
        item.appendChild(where);
        // mousedown, not click: it runs before the input's blur closes the list.
        item.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(c);
        });
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    }

    function search() {
      var q = input.value.trim();
      if (q.length < 2) {
        close();
        return;
      }
      requested = q;
      fetch(d.placeSearch + '?q=' + encodeURIComponent(q) + '&limit=12', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          // An answer to an older query must not replace a newer one.
          // Nor may it reopen the list after the editor has moved on to another field.
          if (requested === q && input.value.trim() === q && document.activeElement === input) {
            show(found);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      // The typed name no longer is the chosen place.
      setValue(placeId, '');
      setValue(gazetteerKey, '');
      if (chosen) {
        chosen.textContent = '';
      }
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) {
        if (e.key === 'ArrowDown' && input.value.trim().length >= 2) {
          search();
          e.preventDefault();
        }
        return;
      }
      if (e.key === 'ArrowDown') {
        highlight(Math.min(active + 1, candidates.length - 1));
        e.preventDefault();
      } else if (e.key === 'ArrowUp') {
        highlight(Math.max(active - 1, 0));
        e.preventDefault();
      } else if (e.key === 'Enter' && active >= 0) {
        choose(candidates[active]);
        e.preventDefault();
      } else if (e.key === 'Escape') {
        close();
        e.preventDefault();
      }
    });
    input.addEventListener('blur', close);
  });

  // ---- Further places of a strike ------------------------------------------------------------
  // Choosing a place in the "add a place" type-ahead appends a row from the template; "Remove" drops
  // its row. Rows are bound through Input.OtherPlaces.Index, so indexes need not be contiguous.
  document.querySelectorAll('.further-places').forEach(function (section) {
    var list = section.querySelector('.further-place-list');
    var template = section.querySelector('#further-place-template');
    var search = section.querySelector('.further-place-search');
    var next = parseInt(list.dataset.nextIndex, 10) || 0;

    list.addEventListener('click', function (e) {
      var button = e.target.closest('.further-place-remove');
      if (button) {
        button.closest('.further-place').remove();
        search.focus();
      }
    });

    search.addEventListener('place-chosen', function (e) {
      var c = e.detail, i = next++;
      var prefix = 'Input.OtherPlaces[' + i + '].';
      var row = template.content.firstElementChild.cloneNode(true);
      row.querySelector('[data-field="index"]').value = String(i);
      var id = row.querySelector('[data-field="PlaceId"]');
      id.name = prefix + 'PlaceId';
      id.value = c.placeId ? String(c.placeId) : '';
      var key = row.querySelector('[data-field="GazetteerKey"]');
      key.name = prefix + 'GazetteerKey';
      key.value = c.placeId ? '' : (c.gazetteerKey || '');
      var precision = row.querySelector('[data-field="Precision"]');
      precision.name = prefix + 'Precision';
      precision.id = 'other-place-precision-' + i;
      row.querySelector('[data-field="label"]').setAttribute('for', precision.id);
      row.querySelector('.further-place-name').textContent = c.name + ' (' + describe(c) + ')';
      list.appendChild(row);
      search.value = '';
    });
  });
})();
