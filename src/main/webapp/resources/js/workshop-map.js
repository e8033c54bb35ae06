// The map of the workshop finder: drawn from the result list (which works on its own without
// scripts). Leaflet with no tile layer by default, as the platform may not reach a tile server;
// markers, the searched place and the list's links are enough to see what is near.
(function () {
  "use strict";
  function draw() {
    var box = document.getElementById("workshop-map");
    var items = document.querySelectorAll("#workshop-list .workshop-item");
    if (!box || typeof L === "undefined") {
      return;
    }
    var points = [];
    items.forEach(function (item) {
      var lat = parseFloat(item.getAttribute("data-lat"));
      var lon = parseFloat(item.getAttribute("data-lon"));
      if (!isNaN(lat) && !isNaN(lon)) {
        points.push({ lat: lat, lon: lon, title: item.getAttribute("data-title"), url: item.getAttribute("data-url") });
      }
    });
    var hereLat = parseFloat(box.getAttribute("data-lat"));
    var hereLon = parseFloat(box.getAttribute("data-lon"));
    if (points.length === 0 && isNaN(hereLat)) {
      return;
    }
    box.hidden = false;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", box.getAttribute("data-label"));
    var map = L.map(box, { scrollWheelZoom: false, attributionControl: false });
    var tiles = box.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    }
    var bounds = [];
    if (!isNaN(hereLat) && !isNaN(hereLon)) {
      L.circleMarker([hereLat, hereLon], { radius: 8, color: "#b45309", weight: 3 })
        .addTo(map)
        .bindTooltip(box.getAttribute("data-you"), { permanent: false });
      bounds.push([hereLat, hereLon]);
    }
    points.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], { radius: 7, color: "#1d4ed8", weight: 2, fillOpacity: 0.6 });
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.title;
      marker.bindPopup(link);
      marker.addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 9);
    } else {
      map.fitBounds(bounds, { padding: [24, 24] });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
