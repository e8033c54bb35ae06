// The map of the workshop finder: drawn from the result list (which works on its own without
// scripts). Leaflet with no tile layer by default, as the platform may not reach a tile server:
// the base map is the US state outlines shipped with the platform (resources/maps, public-domain
// Census shapes), drawn under the markers once fetched. Without them the markers, the searched
// place and the list's links are still enough to see what is near.
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
    } else {
      drawOutlines(map, box.getAttribute("data-outlines"));
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
    // With nothing but state outlines to draw, a closer view shows a blank fill: stop where the
    // state lines around the place are still in view. The zoom buttons go closer for those who want.
    var closest = tiles ? 18 : 7;
    if (bounds.length === 1) {
      map.setView(bounds[0], Math.min(9, closest));
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: closest });
    }
  }
  // The states as a quiet background in their own pane, below the overlay pane where the markers
  // are: not interactive, no tooltips, hidden from assistive technology (the list says it all).
  function drawOutlines(map, url) {
    if (!url || typeof fetch !== "function") {
      return;
    }
    var pane = map.createPane("basemap");
    pane.style.zIndex = 250;
    pane.setAttribute("aria-hidden", "true");
    fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("base map: " + response.status);
        }
        return response.json();
      })
      .then(function (states) {
        L.geoJSON(states, {
          pane: "basemap",
          interactive: false,
          style: { color: "#7d8a9c", weight: 1, opacity: 1, fillColor: "#fbfaf6", fillOpacity: 1 }
        }).addTo(map);
      })
      .catch(function () {
        // No base map: the markers alone, as before.
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
