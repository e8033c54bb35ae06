/*
 * Offline-tolerant learning, on every page (the layout loads it after offline-queue.js):
 * - registers the service worker (/sw.js) and tells it who is signed in, the step pages of this
 *   module to keep and this page's own scripts and styles;
 * - keeps writes that could not reach the server (Pathways.offline.save: step completions, quiz
 *   answers, reflection drafts and submissions) in this account's queue, says so in a polite live
 *   region, and sends them in order when the connection returns (the online event, each page
 *   load, and again after 5 s, 10 s... while some are left) or, with the tab closed, through
 *   Background Sync where the browser has it;
 * - tells the teacher what came of them (a quiz graded on arrival, a write refused);
 * - at sign-out: sends what it can, asks before signing out if anything is left unsent, then
 *   forgets this account's queue and caches.
 * Every text comes from the page (data-t-* attributes of #offline), in the teacher's language.
 */
(function () {
  "use strict";

  var queue = window.Pathways.queue;
  var holder;
  var account = "";
  var flushing = null;

  function t(name) {
    return holder ? holder.getAttribute("data-t-" + name) || "" : "";
  }

  function token() {
    var meta = document.querySelector('meta[name="pathways-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function say(text) {
    var status = document.getElementById("offline-status");
    if (status) {
      status.textContent = "";
      // A change the screen reader notices even when the same words come again.
      setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  function paragraph(text, link, linkText) {
    var p = document.createElement("p");
    p.textContent = text;
    if (link) {
      var a = document.createElement("a");
      a.href = link;
      a.textContent = linkText;
      p.appendChild(document.createTextNode(" "));
      p.appendChild(a);
    }
    return p;
  }

  function show(notice) {
    var list = document.getElementById("offline-notices");
    if (!list) {
      return;
    }
    var box = document.createElement("div");
    box.className = "panel offline__notice";
    var label = notice.label || "";
    if (notice.type === "quiz") {
      box.classList.add("offline__notice--quiz");
      var text = (notice.passed ? t("quiz-passed") : t("quiz-failed"))
        .replace("{0}", label).replace("{1}", notice.score).replace("{2}", notice.pass);
      box.appendChild(paragraph(text, notice.page, t("open-step")));
    } else if (notice.type === "conflict") {
      box.appendChild(paragraph(t("conflict").replace("{0}", label), notice.page, t("open-step")));
    } else {
      box.classList.add("offline__notice--dropped");
      box.appendChild(paragraph(t("dropped").replace("{0}", label).replace("{1}", notice.detail || ""),
        notice.page, t("open-step")));
      if (notice.text) {
        var kept = document.createElement("pre");
        kept.className = "reflection__other";
        kept.textContent = notice.text;
        box.appendChild(paragraph(t("kept-text")));
        box.appendChild(kept);
      }
    }
    list.appendChild(box);
  }

  function showNotices() {
    return queue.takeNotices(account).then(function (notices) {
      notices.forEach(show);
      if (notices.length) {
        say(t("results"));
      }
    });
  }

  // A draft of the reflection open on this page is the editor's to send (it keeps its own copy).
  function editorSends(entry) {
    var editor = document.getElementById("reflection-editor");
    return entry.kind === "draft" && !!editor
      && entry.enrollment === editor.getAttribute("data-enrollment")
      && entry.step === editor.getAttribute("data-step");
  }

  /*
   * This page's token or, on a page read from this browser's copy (kept without one), the token of
   * the same page fetched again now that the connection may be back: the session decides whose it
   * is, and it goes to this page's meta element for its other scripts.
   */
  function freshToken() {
    if (token()) {
      return Promise.resolve(token());
    }
    return fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        var found = /<meta name="pathways-token" content="([^"]*)"/.exec(html);
        var mine = new RegExp('id="offline" data-account="' + account + '"').test(html);
        if (!found || !found[1] || !mine) {
          return "";
        }
        document.querySelector('meta[name="pathways-token"]').setAttribute("content", found[1]);
        queue.setMeta(account, "token", found[1]).catch(function () { return null; });
        return found[1];
      })
      .catch(function () { return ""; });
  }

  /*
   * Writes left because the connection failed or the server asked to try again are tried again
   * from this page, 5 s later, then 10, 20... up to a minute: a school network that drops and
   * comes back does not always fire the online event, and navigator.onLine may say online while
   * nothing gets through; a page read from this browser's copy fetches its token again. A refused
   * token is not tried again (the next page's token sends them), nor is anything while the browser
   * knows it is offline (the online event comes first).
   */
  var retryDelay = 0;
  var retryTimer = null;

  function retryLater(result) {
    clearTimeout(retryTimer);
    retryTimer = null;
    if (!result || result.left === 0 || result.stopped === "status 401") {
      retryDelay = 0;
      return;
    }
    if (navigator.onLine === false) {
      return; // the online event sends them
    }
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 5000, 60000);
    retryTimer = setTimeout(send, retryDelay);
  }

  function send() {
    if (!account || flushing) {
      return flushing || Promise.resolve(null);
    }
    flushing = queue.entries(account).then(function (entries) {
      return entries.length ? freshToken() : "";
    }).then(function (current) {
      return queue.flush(account, current, {
        skip: editorSends,
        language: document.documentElement.lang || ""
      });
    }).then(function (result) {
      flushing = null;
      // The reflection editor of this page sends its own draft now (editorSends), with the token
      // this page has by now.
      document.dispatchEvent(new CustomEvent("pathways:queue-sent"));
      // Notices are looked for even when this page sent nothing: the service worker's sync may
      // have sent the writes while this page waited for its turn (queue.flush takes one at a time).
      var recorded = result.sent > 0
        ? queue.setMeta(account, "lastFlush", { by: "page", at: new Date().toISOString(), result: result })
        : Promise.resolve(null);
      retryLater(result);
      return recorded.then(showNotices).then(function () {
        if (result.sent > 0 && result.left === 0) {
          say(t("sent"));
        }
        return result;
      });
    }, function () {
      flushing = null;
      retryLater({ left: 1, stopped: "error" });
      return null;
    });
    return flushing;
  }

  /*
   * Keeps a write for later: {kind, method, url, body, label, page, enrollment, step}.
   * Resolves once it is in the queue; asks for a Background Sync where the browser has it.
   */
  function save(write) {
    if (!account) {
      return Promise.reject(new Error("signed out"));
    }
    write.page = write.page || window.location.pathname + window.location.search;
    write.label = write.label || document.title;
    return queue.enqueue(account, write).then(function () {
      say(t("saved"));
      if (!retryTimer && !flushing) {
        retryLater({ left: 1, stopped: "kept" }); // the browser may think it is online
      }
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.ready.then(function (registration) {
          if (registration.sync) {
            return registration.sync.register("pathways-queue-" + account);
          }
          return null;
        }).catch(function () { return null; });
      }
    });
  }

  function register() {
    if (!("serviceWorker" in navigator) || !holder.getAttribute("data-worker")) {
      return;
    }
    navigator.serviceWorker.register(holder.getAttribute("data-worker")).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var pages = [];
      var step = document.getElementById("step");
      if (step && step.getAttribute("data-module-steps")) {
        pages = step.getAttribute("data-module-steps").split(" ");
      }
      var assets = [];
      document.querySelectorAll('script[src], link[rel="stylesheet"]').forEach(function (element) {
        assets.push(element.src || element.href);
      });
      registration.active.postMessage({ type: "page", account: account, pages: pages, assets: assets });
    }).catch(function () {
      // No service worker (private window, old browser): the queue still works while the page is open.
    });
  }

  // The quiz, answered while offline: its answers go to the queue and are graded on arrival.
  function quizOffline() {
    var form = document.getElementById("quiz");
    var step = document.getElementById("step");
    if (!form || !step || !step.getAttribute("data-quiz-url")) {
      return;
    }
    form.addEventListener("submit", function (event) {
      if (navigator.onLine !== false || !account) {
        return; // Online: the form is graded by the page as usual.
      }
      event.preventDefault();
      var answers = {};
      form.querySelectorAll("input[name^='answer-']").forEach(function (input) {
        var question = input.name.substring("answer-".length);
        answers[question] = answers[question] || [];
        if (input.checked) {
          answers[question].push(input.value);
        }
      });
      save({
        kind: "quiz",
        method: "PUT",
        url: step.getAttribute("data-quiz-url"),
        body: { answers: answers },
        label: document.getElementById("step-title").textContent.trim()
      });
    });
  }

  // Sign-out: send what can be sent; if something is left, say what before signing out.
  function signOut() {
    var form = document.getElementById("sign-out");
    if (!form || !account) {
      return;
    }
    var confirmed = false;
    form.addEventListener("submit", function (event) {
      if (confirmed) {
        return;
      }
      event.preventDefault();
      var button = event.submitter || form.querySelector("[type=submit]");
      function leave() {
        confirmed = true;
        clearAccount().then(function () { form.requestSubmit(button); });
      }
      send().then(function () {
        return queue.entries(account);
      }).then(function (left) {
        if (!left || left.length === 0) {
          leave();
          return;
        }
        var panel = document.getElementById("offline-unsent");
        if (panel) {
          panel.remove();
        }
        panel = document.createElement("div");
        panel.id = "offline-unsent";
        panel.className = "panel offline__unsent";
        panel.setAttribute("role", "alertdialog");
        panel.setAttribute("aria-labelledby", "offline-unsent-title");
        var title = paragraph(t("unsent").replace("{0}", left.length));
        title.id = "offline-unsent-title";
        panel.appendChild(title);
        var list = document.createElement("ul");
        left.forEach(function (entry) {
          var item = document.createElement("li");
          item.textContent = entry.label;
          list.appendChild(item);
        });
        panel.appendChild(list);
        var anyway = document.createElement("button");
        anyway.type = "button";
        anyway.id = "offline-sign-out-anyway";
        anyway.className = "button";
        anyway.textContent = t("sign-out-anyway");
        anyway.addEventListener("click", leave);
        var stay = document.createElement("button");
        stay.type = "button";
        stay.id = "offline-stay";
        stay.className = "button button--secondary";
        stay.textContent = t("stay");
        stay.addEventListener("click", function () { panel.remove(); button.focus(); });
        panel.appendChild(anyway);
        panel.appendChild(document.createTextNode(" "));
        panel.appendChild(stay);
        holder.appendChild(panel);
        anyway.focus();
      });
    });
  }

  // This account's queue and cached pages (the shell has nothing personal in it).
  function clearAccount() {
    var caches = window.caches ? window.caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("pathways-pages-" + account) === 0 || name === "pathways-state";
      }).map(function (name) { return window.caches.delete(name); }));
    }) : Promise.resolve();
    return Promise.all([caches, queue.forget(account)]).catch(function () { return null; });
  }

  window.Pathways = window.Pathways || {};
  window.Pathways.offline = {
    save: save,
    send: send,
    signedIn: function () { return !!account; }
  };

  document.addEventListener("DOMContentLoaded", function () {
    holder = document.getElementById("offline");
    if (!holder) {
      return;
    }
    account = holder.getAttribute("data-account") || "";
    register();
    if (!account) {
      return;
    }
    if (token()) {
      // The newest token of this account, for a Background Sync after the tab is closed.
      queue.setMeta(account, "token", token()).catch(function () { return null; });
    }
    quizOffline();
    signOut();
    // Writes still waiting after this page's try (a quiz the service worker kept when its post
    // failed, a connection still away): the teacher is told they are on this device.
    showNotices().catch(function () { return null; }).then(send).then(function () {
      return queue.entries(account);
    }).then(function (left) {
      if (left && left.length) {
        say(t("saved"));
      }
    }).catch(function () { return null; });
    window.addEventListener("online", send);
    // The service worker's Background Sync sent writes of this account: tell what came of them.
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.addEventListener("message", function (event) {
        var data = event.data || {};
        if (data.type === "sent" && data.account === account) {
          showNotices().catch(function () { return null; });
        }
      });
    }
  });
})();
