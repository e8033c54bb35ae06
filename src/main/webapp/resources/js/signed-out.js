/*
 * After sign-out (or an account's deletion) on a possibly shared computer: forgets everything
 * Pathways kept in this browser, such as a reflection's local copy. Every Pathways key starts with
 * "pathways.".
 */
(function () {
  "use strict";

  var PREFIX = "pathways.";

  function forget(storage) {
    try {
      for (var i = storage.length - 1; i >= 0; i--) {
        var key = storage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          storage.removeItem(key);
        }
      }
    } catch (e) {
      // Storage disabled: nothing was kept.
    }
  }

  forget(window.localStorage);
  forget(window.sessionStorage);
})();
