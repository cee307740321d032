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

  // Area-weighted centroid of a ring of [lon, lat] points (planar; fine at oblast scale).
  function ringCentroid(ring) {
    var area = 0, x = 0, y = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      area += f;
      x += (ring[j][0] + ring[i][0]) * f;
      y += (ring[j][1] + ring[i][1]) * f;
    }
    return area === 0 ? null : { area: Math.abs(area / 2), lon: x / (3 * area), lat: y / (3 * area) };
  }

  // The centre of an oblast: the centroid of its largest polygon (so islands do not pull it off).
  function featureCentroid(geometry) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    var best = null;
    polygons.forEach(function (polygon) {
      var c = ringCentroid(polygon[0]);
      if (c && (!best || c.area > best.area)) {
        best = c;
      }
    });
    return best;
  }

  function radiusFor(missiles) {
    var n = parseInt(missiles, 10);
    return isNaN(n) || n < 1 ? 6 : 6 + 3 * Math.sqrt(n);
  }

  function drawStrikes(map, centres) {
    var items = document.querySelectorAll('li.map-strike');
    var markers = [];
    items.forEach(function (item) {
      var d = item.dataset;
      var lat = parseFloat(d.lat), lon = parseFloat(d.lon);
      if (isNaN(lat) || isNaN(lon)) {
        var centre = centres[d.oblastIso];
        if (!centre) {
          return;
        }
        lat = centre.lat;
        lon = centre.lon;
      }
      var approximate = d.approximate === 'true';
      var colour = STATUS_COLOURS[d.status] || '#495057';
      var marker = L.circleMarker([lat, lon], {
        radius: radiusFor(d.missiles),
        color: colour,
        weight: approximate ? 2 : 1,
        dashArray: approximate ? '4 4' : null,
        fillColor: colour,
        fillOpacity: approximate ? 0.15 : 0.7,
        className: 'strike-marker' + (approximate ? ' strike-marker-approximate' : '')
      }).addTo(map);
      // Leaflet parses a string tooltip as HTML; place names are editors' and imports' text, so hand it an element holding text.
      var tooltip = document.createElement('span');
      tooltip.textContent = d.label + (approximate ? ' (approximate)' : '');
      marker.bindTooltip(tooltip);
      marker.on('click', function () {
        window.location.href = d.href;
      });
      var element = marker.getElement();
      if (element) {
        element.setAttribute('data-strike-id', d.strikeId);
        element.setAttribute('aria-label', d.label);
      }
      markers.push(marker);
    });
    container.dataset.markers = String(markers.length);
    container.classList.add('map-ready');
  }

  var fallback = container.querySelector('.map-fallback');
  if (fallback) {
    fallback.remove();
  }

  var map = L.map(container, { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.addAttribution('Oblast outlines: <a href="https://www.amcharts.com/">amCharts</a>');
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
      var centres = {};
      var outlines = L.geoJSON(geojson, {
        style: { color: '#6c757d', weight: 1, fillColor: '#f8f9fa', fillOpacity: container.dataset.tileUrl ? 0 : 1 },
        interactive: false,
        onEachFeature: function (feature) {
          var c = featureCentroid(feature.geometry);
          if (c) {
            centres[feature.id || feature.properties.id] = c;
          }
        }
      }).addTo(map);
      map.fitBounds(outlines.getBounds(), { padding: [8, 8] });
      drawStrikes(map, centres);
    })
    .catch(function () {
      // Without outlines, still show the strikes with coordinates.
      drawStrikes(map, {});
    });
})();
