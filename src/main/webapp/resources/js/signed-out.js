/*
 * After sign-out (or an account's deletion) on a possibly shared computer: forgets everything
 * Pathways kept in this browser, such as a reflection's local copy, the offline queue and the
 * pages kept for reading offline. Every Pathways key starts with "pathways." (storage) or
 * "pathways-" (databases and caches).
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

  // The offline queue's databases and the service worker's caches ("pathways-..."), where the
  // browser did not honour the Clear-Site-Data header of the sign-out.
  try {
    if (window.caches) {
      window.caches.keys().then(function (names) {
        names.filter(function (name) { return name.indexOf("pathways-") === 0; })
          .forEach(function (name) { window.caches.delete(name); });
      });
    }
    if (window.indexedDB && window.indexedDB.databases) {
      window.indexedDB.databases().then(function (databases) {
        databases.filter(function (db) { return db.name && db.name.indexOf("pathways-") === 0; })
          .forEach(function (db) { window.indexedDB.deleteDatabase(db.name); });
      });
    }
  } catch (e) {
    // Storage disabled: nothing was kept.
  }
})();
