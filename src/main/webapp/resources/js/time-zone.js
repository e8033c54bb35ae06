// A list marked data-browser-zone="fill" (the profile's, or the layout's one question when the
// profile has no time zone) starts at the browser's own zone, added to the list when it is not
// there; the server checks whatever is sent.
(function () {
  "use strict";
  function fill() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return;
    }
    if (!zone) {
      return;
    }
    var lists = document.querySelectorAll('select[data-browser-zone="fill"]');
    for (var i = 0; i < lists.length; i++) {
      var list = lists[i];
      var found = null;
      for (var j = 0; j < list.options.length; j++) {
        if (list.options[j].value === zone) {
          found = list.options[j];
        }
      }
      if (!found) {
        found = document.createElement("option");
        found.value = zone;
        found.textContent = zone;
        list.appendChild(found);
      }
      list.value = zone;
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
