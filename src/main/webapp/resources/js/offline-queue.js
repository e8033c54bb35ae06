/*
 * The offline write queue, shared by the pages (offline.js) and the service worker (sw.js loads it
 * with importScripts): writes a teacher made while offline, kept in IndexedDB in a database of
 * their own account ("pathways-<account>"), each with the Idempotency-Key it was given when queued,
 * and sent in order with a token of that same account. Nothing here knows another account's
 * database: a queue is only ever sent with its own account's token.
 *
 * Stores: "queue" (the writes, in order), "notices" (what the next page must tell the teacher:
 * a quiz graded on arrival, a write refused), "meta" (the newest page token of the account, for
 * the service worker's Background Sync; a page token lives 30 minutes and is revoked at sign-out).
 */
(function (scope) {
  "use strict";

  var PREFIX = "pathways-";

  function open(account) {
    return new Promise(function (resolve, reject) {
      if (!account || !/^[0-9a-f-]{36}$/.test(account)) {
        reject(new Error("no account"));
        return;
      }
      var request = scope.indexedDB.open(PREFIX + account, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore("queue", { keyPath: "id", autoIncrement: true });
        db.createObjectStore("notices", { keyPath: "id", autoIncrement: true });
        db.createObjectStore("meta");
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  // One transaction on one store; work(store) returns an IDBRequest or nothing.
  function run(account, storeName, mode, work) {
    return open(account).then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(storeName, mode);
        var request = work(tx.objectStore(storeName));
        tx.oncomplete = function () {
          db.close();
          resolve(request ? request.result : undefined);
        };
        tx.onerror = function () { db.close(); reject(tx.error); };
        tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function all(account, storeName) {
    return run(account, storeName, "readonly", function (store) { return store.getAll(); });
  }

  function add(account, storeName, value) {
    return run(account, storeName, "readwrite", function (store) { return store.add(value); });
  }

  function remove(account, storeName, id) {
    return run(account, storeName, "readwrite", function (store) { return store.delete(id); });
  }

  function newKey() {
    if (scope.crypto && scope.crypto.randomUUID) {
      return scope.crypto.randomUUID();
    }
    var bytes = scope.crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  /*
   * Queues a write: {kind: "completion" | "quiz" | "draft" | "submission", method, url, body,
   * label (what it was, for the teacher), page (the step's address), enrollment, step}.
   * A newer draft of the same reflection replaces an older one not sent yet (only the last text
   * matters); everything else keeps its place. The key is given here, once, for every resend.
   */
  function enqueue(account, write) {
    write.key = newKey();
    write.queuedAt = new Date().toISOString();
    // One transaction: a page closing between taking out the older draft and adding the newer one
    // (its tab hidden, then closed, saves once more) must not leave neither in the queue.
    return open(account).then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction("queue", "readwrite");
        var store = tx.objectStore("queue");
        var added = null;
        if (write.kind === "draft") {
          var older = store.getAll();
          older.onsuccess = function () {
            older.result.forEach(function (e) {
              if (e.kind === "draft" && e.url === write.url) {
                store.delete(e.id);
              }
            });
            added = store.add(write);
          };
        } else {
          added = store.add(write);
        }
        tx.oncomplete = function () {
          db.close();
          resolve(added ? added.result : undefined);
        };
        tx.onerror = function () { db.close(); reject(tx.error); };
        tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function body(response) {
    return response.json().catch(function () { return {}; });
  }

  /*
   * Sends the account's queue in order with this token. Stops, keeping what is left, at the first
   * write that cannot go now: no connection, the token refused (401: the next page's token sends
   * it), a "try again" answer (408, 429, 5xx, or 409 while the first copy is still being worked
   * on). A quiz answer is graded on arrival (200 passed, 422 not passed): its result becomes a
   * notice. A draft that meets a newer one saved elsewhere (409 with that draft) is left to the
   * reflection editor's comparison (its text stays in this browser). Any other refusal drops the
   * write and leaves a notice saying in plain words what was not saved.
   * skip(entry) may take a write out without sending it (the open page sends it itself).
   * One flush of an account at a time, across its pages and the service worker (a Web Lock where
   * the browser has them): a page loaded as the connection returns and the Background Sync it
   * wakes would otherwise send the same write twice and tell its result twice, or not at all.
   * Resolves to {sent, left, stopped}.
   */
  function flush(account, token, options) {
    var locks = scope.navigator && scope.navigator.locks;
    if (!locks) {
      return flushNow(account, token, options);
    }
    return locks.request(PREFIX + account + "-flush", function () {
      return flushNow(account, token, options);
    });
  }

  function flushNow(account, token, options) {
    var skip = (options && options.skip) || function () { return false; };
    var language = (options && options.language) || "";
    var result = { sent: 0, left: 0, stopped: null };
    if (!token) {
      return all(account, "queue").then(function (entries) {
        result.left = entries.length;
        result.stopped = "token";
        return result;
      });
    }
    return all(account, "queue").then(function (entries) {
      var i = 0;
      function next() {
        if (i >= entries.length) {
          return result;
        }
        var entry = entries[i];
        if (skip(entry)) {
          i++;
          return remove(account, "queue", entry.id).then(next);
        }
        var headers = {
          "Authorization": "Bearer " + token,
          "Content-Type": "application/json",
          "Accept": "application/json",
          "Idempotency-Key": entry.key
        };
        if (language) {
          headers["Accept-Language"] = language;
        }
        return scope.fetch(entry.url, {
          method: entry.method,
          credentials: "same-origin",
          headers: headers,
          body: entry.body === undefined ? undefined : JSON.stringify(entry.body)
        }).then(function (response) {
          var status = response.status;
          if (status === 401 || status === 408 || status === 429 || status >= 500) {
            result.stopped = "status " + status;
            return null;
          }
          return body(response).then(function (answer) {
            if (status === 409 && !(entry.kind === "draft" && answer.draft)) {
              entry.busy = (entry.busy || 0) + 1;
              if (entry.busy < 5) {
                result.stopped = "busy";
                return run(account, "queue", "readwrite", function (store) { return store.put(entry); })
                  .then(function () { return null; });
              }
            }
            var notice = null;
            if (entry.kind === "quiz" && (response.ok || status === 422)) {
              notice = { type: "quiz", passed: response.ok, page: entry.page, label: entry.label,
                score: answer.scorePercent, pass: answer.passPercent };
            } else if (status === 409 && entry.kind === "draft") {
              notice = { type: "conflict", page: entry.page, label: entry.label };
            } else if (!response.ok) {
              notice = { type: "dropped", page: entry.page, label: entry.label, detail: answer.detail || "",
                text: entry.body && entry.body.text ? entry.body.text : "" };
            }
            result.sent++;
            i++;
            return remove(account, "queue", entry.id)
              .then(function () { return notice ? add(account, "notices", notice) : null; })
              .then(function () { return { entry: entry, status: status }; });
          });
        }, function () {
          result.stopped = "network";
          return null;
        }).then(function (done) {
          if (!done) {
            result.left = entries.length - i;
            return result;
          }
          if (options && options.sent) {
            options.sent(done.entry, done.status);
          }
          return next();
        });
      }
      return next();
    });
  }

  /* Takes the notices out (each is told once). */
  function takeNotices(account) {
    return all(account, "notices").then(function (notices) {
      return run(account, "notices", "readwrite", function (store) { return store.clear(); })
        .then(function () { return notices; });
    });
  }

  function setMeta(account, key, value) {
    return run(account, "meta", "readwrite", function (store) { return store.put(value, key); });
  }

  function getMeta(account, key) {
    return run(account, "meta", "readonly", function (store) { return store.get(key); });
  }

  /* Forgets the account's queue, notices and token (at sign-out). */
  function forget(account) {
    return new Promise(function (resolve) {
      var request = scope.indexedDB.deleteDatabase(PREFIX + account);
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    });
  }

  scope.Pathways = scope.Pathways || {};
  scope.Pathways.queue = {
    enqueue: enqueue,
    entries: function (account) { return all(account, "queue"); },
    flush: flush,
    takeNotices: takeNotices,
    setMeta: setMeta,
    getMeta: getMeta,
    forget: forget
  };
})(self);
