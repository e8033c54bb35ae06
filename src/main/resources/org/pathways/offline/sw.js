/*
 * The Pathways service worker (served as /sw.js by ServiceWorkerScript, which writes the version
 * line below from the build and the course packages served: new content or a new build is a new
 * worker, which drops the caches of the old one).
 *
 * - The app shell (scripts, styles, icons under /jakarta.faces.resource/ and /resources/, and the
 *   offline page) in one cache per version: nothing personal is in it.
 * - Step pages, in a cache of their own per account and version ("pathways-pages-<account>-..."):
 *   the step opened and, when a step page asks, every step of its module, so that a teacher can
 *   read them again offline. A page is kept without its API token. Navigations go to the network
 *   first, and to this account's cache only when the network fails. Sign-out removes every cache
 *   (Clear-Site-Data, and offline.js where that header is not honoured).
 * - Background Sync: the tag "pathways-queue-<account>" sends that account's queued writes
 *   (offline-queue.js) with that account's newest page token; a write that cannot go waits for the
 *   next visit.
 */
const VERSION = "dev";
const SHELL = "pathways-shell-" + VERSION;
const PAGES = "pathways-pages-";
const STATE = "pathways-state";
const SCOPE = new URL(self.registration.scope).pathname;
const OFFLINE_PAGE = SCOPE + "offline.xhtml";
const ACCOUNT = /data-account="([0-9a-f-]{36})"/;
const TOKEN = /(<meta name="pathways-token" content=")[^"]*(")/;

importScripts(SCOPE + "resources/js/offline-queue.js");

function pagesOf(account) {
  return PAGES + account + "-" + VERSION;
}

function isShell(url) {
  return url.pathname.startsWith(SCOPE + "jakarta.faces.resource/")
    || url.pathname.startsWith(SCOPE + "resources/");
}

function isStepPage(url) {
  return url.pathname === SCOPE + "learning/step.xhtml";
}

// The account whose pages this browser shows now (the last page that told us, or that we kept).
function currentAccount() {
  return caches.open(STATE)
    .then(function (cache) { return cache.match("account"); })
    .then(function (answer) { return answer ? answer.text() : ""; });
}

function setCurrentAccount(account) {
  return caches.open(STATE).then(function (cache) {
    return cache.put("account", new Response(account || ""));
  });
}

// A step page's copy for the cache: its account (from the page itself), and no token in it.
function keep(request, response) {
  return response.text().then(function (html) {
    var account = (ACCOUNT.exec(html) || [])[1];
    if (!account) {
      return null;
    }
    var copy = new Response(html.replace(TOKEN, "$1$2"), {
      status: response.status,
      headers: { "Content-Type": response.headers.get("Content-Type") || "text/html;charset=UTF-8" }
    });
    return caches.open(pagesOf(account)).then(function (cache) { return cache.put(request, copy); });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(SHELL)
      .then(function (cache) { return cache.add(new Request(OFFLINE_PAGE, { credentials: "omit" })); })
      .catch(function () { return null; })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.startsWith("pathways-") && name !== STATE && name !== SHELL
          && !(name.startsWith(PAGES) && name.endsWith("-" + VERSION));
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

function navigate(request) {
  var url = new URL(request.url);
  return fetch(request).then(function (response) {
    if (response.ok && isStepPage(url)) {
      keep(url.pathname + url.search, response.clone()).catch(function () { return null; });
    }
    return response;
  }, function () {
    return currentAccount().then(function (account) {
      var found = account
        ? caches.open(pagesOf(account)).then(function (cache) {
          return cache.match(url.pathname + url.search);
        })
        : Promise.resolve(undefined);
      return found.then(function (page) {
        return page || caches.match(OFFLINE_PAGE, { cacheName: SHELL }).then(function (offline) {
          return offline || Response.error();
        });
      });
    });
  });
}

function shell(request) {
  return caches.open(SHELL).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) {
        return hit;
      }
      return fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") {
          cache.put(request, response.clone());
        }
        return response;
      });
    });
  });
}

/*
 * A quiz form posted while the browser believes it is online, but the post fails at the network:
 * its answers go to the account's queue (graded on arrival, like a quiz answered offline), and the
 * teacher goes back to the step (this browser's copy when the network is still away), whose page
 * says they are saved on this device. Any other failed post fails as before.
 */
function postStep(request) {
  var copy = request.clone();
  return fetch(request).catch(function (failure) {
    return Promise.all([copy.formData(), currentAccount()]).then(function (found) {
      var form = found[0];
      var account = found[1];
      var url = form.get("pathways-quiz-url");
      var page = form.get("pathways-page");
      if (!account || !url || !page || url.indexOf(SCOPE + "api/") !== 0
          || page.indexOf(SCOPE + "learning/") !== 0) {
        throw failure;
      }
      var answers = {};
      form.forEach(function (value, name) {
        if (name.indexOf("answer-") === 0) {
          var question = name.substring("answer-".length);
          (answers[question] = answers[question] || []).push(String(value));
        }
      });
      return self.Pathways.queue.enqueue(account, {
        kind: "quiz",
        method: "PUT",
        url: url,
        body: { answers: answers },
        label: String(form.get("pathways-label") || ""),
        page: page
      }).then(function () {
        if (self.registration.sync) {
          self.registration.sync.register("pathways-queue-" + account).catch(function () { return null; });
        }
        return Response.redirect(new URL(page, self.location.origin).href, 303);
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var target = new URL(request.url);
  if (request.method === "POST" && request.mode === "navigate" && target.origin === self.location.origin
      && isStepPage(target)) {
    event.respondWith(postStep(request));
    return;
  }
  if (request.method !== "GET") {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith(SCOPE + "api/")) {
    return; // API answers are never cached.
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (isShell(url)) {
    event.respondWith(shell(request));
  }
});

// A page tells who is signed in and which pages to keep (its module's steps, its own scripts).
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "page") {
    return;
  }
  var account = /^[0-9a-f-]{36}$/.test(data.account || "") ? data.account : "";
  var work = setCurrentAccount(account).then(function () {
    var assets = (data.assets || []).filter(function (a) { return isShell(new URL(a, self.location)); });
    return caches.open(SHELL).then(function (cache) {
      return Promise.all(assets.map(function (a) {
        return cache.match(a).then(function (hit) { return hit || cache.add(a); }).catch(function () { return null; });
      }));
    });
  }).then(function () {
    if (!account) {
      return null;
    }
    return caches.open(pagesOf(account)).then(function (cache) {
      return Promise.all((data.pages || []).map(function (page) {
        var url = new URL(page, self.location);
        if (url.origin !== self.location.origin || !isStepPage(url)) {
          return null;
        }
        var path = url.pathname + url.search;
        return cache.match(path).then(function (hit) {
          if (hit) {
            return null;
          }
          return fetch(path, { credentials: "same-origin" }).then(function (response) {
            return response.ok ? keep(path, response) : null;
          });
        }).catch(function () { return null; });
      }));
    });
  });
  event.waitUntil(work);
});

// Open pages show the notices of what a sync sent (a quiz graded, a draft that met another).
function tellPages(account) {
  return self.clients.matchAll({ type: "window" }).then(function (pages) {
    pages.forEach(function (page) { page.postMessage({ type: "sent", account: account }); });
  }).catch(function () { return null; });
}

self.addEventListener("sync", function (event) {
  if (!event.tag.startsWith("pathways-queue-")) {
    return;
  }
  var account = event.tag.substring("pathways-queue-".length);
  var queue = self.Pathways.queue;
  event.waitUntil(
    queue.getMeta(account, "token").then(function (token) {
      return queue.flush(account, token, {});
    }).then(function (result) {
      var record = { by: "sync", at: new Date().toISOString(), result: result };
      return Promise.all([queue.setMeta(account, "lastSync", record),
        result.sent > 0 ? queue.setMeta(account, "lastFlush", record) : null])
        .then(function () {
          return result.sent > 0 ? tellPages(account) : null;
        })
        .then(function () {
          if (result.stopped === "network") {
            throw new Error("still offline"); // the browser tries the sync again later
          }
        });
    }));
});
