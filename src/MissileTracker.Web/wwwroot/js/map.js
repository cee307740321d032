// Draws the strikes listed on /map onto a Leaflet map of Ukraine's oblasts. The list in the page is
// the data (data-* attributes) and stays the fallback without JavaScript; nothing here is fetched
// from outside the app unless Map:TileUrl configures a tile layer.
(function () {
  'use strict';

  var container = document.getElementById('strike-map');
  if (!container || typeof L === 'undefined') {
    return;
  }

  var STATUS_COLOURS = {
    ConfirmedByDebris: '#842029',
    ReportedByOfficials: '#9a4f00',
    Suspected: '#495057',
    Retracted: '#6c757d'
  };

  // Words the script shows come from the page (data-text-*), in the page's language.
  var TEXT = container.dataset;
  function labelOf(d, approximate) {
    return d.label + (approximate ? ' ' + TEXT.textApproximate : '');
  }

  function radiusFor(missiles) {
    var n = parseInt(missiles, 10);
    return isNaN(n) || n < 1 ? 6 : 6 + 3 * Math.sqrt(n);
  }

  // Every placed strike comes with a point: its coordinates, or (approximate) its oblast's centre,
  // computed once on the server (Geography/OblastCentres.cs) so the map and the GeoJSON export agree.
  function drawMarker(map, d, strike) {
    var lat = parseFloat(d.lat), lon = parseFloat(d.lon);
    if (isNaN(lat) || isNaN(lon)) {
      return null;
    }
    var approximate = d.approximate === 'true';
    var colour = STATUS_COLOURS[strike.status] || '#495057';
    var marker = L.circleMarker([lat, lon], {
      radius: radiusFor(strike.missiles),
      color: colour,
      weight: approximate ? 2 : 1,
      dashArray: approximate ? '4 4' : null,
      fillColor: colour,
      fillOpacity: approximate ? 0.15 : 0.7,
      className: 'strike-marker' + (approximate ? ' strike-marker-approximate' : '')
    }).addTo(map);
    // Leaflet parses a string tooltip as HTML; place names are editors' and imports' text, so hand it an element holding text.
    var tooltip = document.createElement('span');
    tooltip.textContent = labelOf(d, approximate);
    marker.bindTooltip(tooltip);
    // Click or Enter opens a popup with the strike's link, so a keyboard user reaches the same page a mouse user does.
    marker.bindPopup(popupFor(d, strike, approximate));
    var element = marker.getElement();
    if (element) {
      element.setAttribute('data-strike-id', strike.strikeId);
      if (d.placeId) {
        element.setAttribute('data-place-id', d.placeId);
      }
      // An SVG path may carry a name only with a role (axe: aria-prohibited-attr); the tab stop makes it reachable by keyboard.
      element.setAttribute('role', 'button');
      element.setAttribute('tabindex', '0');
      element.setAttribute('aria-haspopup', 'dialog');
      element.setAttribute('aria-label', labelOf(d, approximate));
      element.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          marker.openPopup();
        }
      });
    }
    marker.on('popupopen', function (event) {
      var link = event.popup.getElement() && event.popup.getElement().querySelector('a.popup-strike-link');
      if (link) {
        link.focus();
      }
    });
    return marker;
  }

  // Built with textContent: labels are editors' and imports' text.
  function popupFor(d, strike, approximate) {
    var box = document.createElement('div');
    box.className = 'strike-popup';
    var label = document.createElement('p');
    label.className = 'mb-1';
    label.textContent = labelOf(d, approximate);
    var link = document.createElement('a');
    link.className = 'popup-strike-link';
    link.href = strike.href;
    link.textContent = TEXT.textOpen;
    box.appendChild(label);
    box.appendChild(link);
    return box;
  }

  // A strike naming several places (a town and nearby villages) gets a marker at each further place too,
  // in the strike's colour and size, each with its own precision.
  function drawStrikes(map) {
    var items = document.querySelectorAll('li.map-strike');
    var markers = [];
    items.forEach(function (item) {
      var strike = item.dataset;
      var main = drawMarker(map, strike, strike);
      if (main) {
        markers.push(main);
      }
      item.querySelectorAll('li.map-further-place').forEach(function (place) {
        var further = drawMarker(map, place.dataset, strike);
        if (further) {
          markers.push(further);
        }
      });
    });
    container.dataset.markers = String(markers.length);
    container.classList.add('map-ready');
  }

  var fallback = container.querySelector('.map-fallback');
  if (fallback) {
    fallback.remove();
  }

  var map = L.map(container, { zoomSnap: 0.25, attributionControl: true });
  // Leaflet takes the attribution as HTML: the page's words are escaped through a text node first.
  var words = document.createElement('span');
  words.textContent = TEXT.textOutlines;
  map.attributionControl.addAttribution(words.innerHTML + ' <a href="https://www.amcharts.com/">amCharts</a>');
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution || '' }).addTo(map);
  }
  map.setView([48.4, 31.2], 5);

  fetch(container.dataset.boundaries, { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('boundaries: HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (geojson) {
      var outlines = L.geoJSON(geojson, {
        style: { color: '#6c757d', weight: 1, fillColor: '#f8f9fa', fillOpacity: container.dataset.tileUrl ? 0 : 1 },
        interactive: false
      }).addTo(map);
      // Not animated: markers are drawn (and the map marked ready) where they will stay, not mid-zoom.
      map.fitBounds(outlines.getBounds(), { padding: [8, 8], animate: false });
      drawStrikes(map);
    })
    .catch(function () {
      // Without outlines, still show the strikes.
      drawStrikes(map);
    });
})();
