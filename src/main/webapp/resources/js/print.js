// The "Print" button of a printable: shown only when this script runs (the page tells readers
// how to print without it), and a file, not an inline handler, so that the CSP holds.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var button = document.getElementById("print");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
});
