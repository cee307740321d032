#!/usr/bin/env bash
# Copies the pinned front-end packages from node_modules into wwwroot/lib. Run after
# `npm ci` when a version changes; the copies are committed so the app builds without npm.
set -euo pipefail
cd "$(dirname "$0")"
lib=wwwroot/lib
rm -rf "$lib/leaflet" "$lib/chart.js" "$lib/ukraine-oblasts"
mkdir -p "$lib/leaflet/images" "$lib/chart.js" "$lib/ukraine-oblasts"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/LICENSE "$lib/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$lib/leaflet/images/"
cp node_modules/chart.js/dist/chart.umd.min.js node_modules/chart.js/LICENSE.md "$lib/chart.js/"
# amCharts' oblast outlines (GeoJSON, ISO 3166-2 ids); its licence must travel with the file.
cp node_modules/@amcharts/amcharts4-geodata/json/ukraineLow.json "$lib/ukraine-oblasts/ukraine-oblasts.json"
cp node_modules/@amcharts/amcharts4-geodata/LICENSE "$lib/ukraine-oblasts/LICENSE"
