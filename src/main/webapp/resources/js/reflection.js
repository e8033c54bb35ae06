/*
 * The reflection editor: saves the draft to the server a few seconds after typing pauses and when
 * the page is hidden, keeps a copy in this browser only until the server has it (school laptops are
 * shared; signing out removes any copy left, see signed-out.js), and never overwrites
 * newer text: a copy saved elsewhere is shown beside this one to choose from. Without this script
 * the form still submits.
 */
(function () {
  "use strict";

  var PAUSE_MS = 3000;
  var api = window.Pathways.api;

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Storage full or disabled: the server copy is all there is.
    }
  }

  function forget(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      // Storage disabled: nothing was kept.
    }
  }

  function words(text) {
    var parts = text.trim().split(/\s+/);
    var count = 0;
    for (var i = 0; i < parts.length; i++) {
      if (/[\p{L}\p{N}]/u.test(parts[i])) {
        count++;
      }
    }
    return count;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var editor = document.getElementById("reflection-editor");
    var box = document.getElementById("reflection:text");
    if (!editor || !box) {
      return;
    }
    var data = editor.dataset;
    var url = data.draftUrl;
    var revision = parseInt(data.revision || "0", 10);
    // Every Pathways key starts with "pathways." (signed-out.js removes them all at sign-out).
    var key = "pathways.reflection." + data.enrollment + "." + data.step;
    var status = document.getElementById("reflection-status");
    var count = document.getElementById("reflection-count");
    var conflictPanel = document.getElementById("reflection-conflict");
    var otherText = document.getElementById("reflection-other-text");
    var other = null;
    var timer = null;
    var saving = false;

    function say(text) {
      status.textContent = text;
    }

    function time(iso) {
      var d = new Date(iso);
      return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    }

    function showCount() {
      count.textContent = data.countText.replace("{0}", words(box.value)).replace("{1}", data.minWords);
    }

    // Kept only while the server does not have this text.
    function remember() {
      write(key, { text: box.value, base: revision });
    }

    // No connection: the draft also goes to this account's offline queue (offline.js), which sends
    // it even after this tab is closed; the copy above stays until the server has the text.
    function keep(text) {
      var offline = window.Pathways.offline;
      if (offline && offline.signedIn()) {
        offline.save({
          kind: "draft", method: "PUT", url: url, body: { text: text, revision: revision },
          enrollment: data.enrollment, step: data.step, label: data.label
        }).catch(function () { return null; });
      }
    }

    // The form submitted while offline: the submission waits in the queue, the text stays here.
    function submitLater(event) {
      var offline = window.Pathways.offline;
      if (navigator.onLine !== false || !offline || !offline.signedIn()) {
        return;
      }
      event.preventDefault();
      var chosen = box.form.querySelector("input[name='reflection:visibility']:checked");
      keep(box.value);
      offline.save({
        kind: "submission", method: "POST", url: url.replace(/\/draft$/, "/submissions"),
        body: { text: box.value, visibility: chosen ? chosen.value : undefined },
        enrollment: data.enrollment, step: data.step, label: data.label
      }).catch(function () { return null; });
    }

    function offer(text, label) {
      other = text;
      otherText.textContent = text;
      document.getElementById("reflection-other-label").textContent = label;
      conflictPanel.hidden = false;
    }

    function save(keepalive) {
      if (saving) {
        clearTimeout(timer);
        timer = setTimeout(save, 1000);
        return;
      }
      saving = true;
      var text = box.value;
      api.call("PUT", url, { text: text, revision: revision }, { keepalive: keepalive }).then(function (response) {
        if (response.ok) {
          return response.json().then(function (answer) {
            revision = answer.revision;
            if (box.value === text) {
              forget(key);
            }
            say(data.savedText.replace("{0}", time(answer.savedAt)));
          });
        }
        if (response.status === 409) {
          return response.json().then(function (problem) {
            revision = problem.draft.revision;
            remember();
            offer(problem.draft.text, data.conflictText.replace("{0}", time(problem.draft.savedAt)));
            say(data.conflictStatus);
          });
        }
        if (response.status === 401) {
          say(data.signedOutText);
          return null;
        }
        if (response.status === 413) {
          say(data.tooLongText);
          return null;
        }
        return response.json().then(function (problem) {
          say(problem.detail || data.notSavedText);
        }, function () {
          say(data.notSavedText);
        });
      }).catch(function () {
        say(data.offlineText);
        keep(text);
      }).then(function () {
        saving = false;
      });
    }

    // A copy kept here that never reached the server: put it back, or offer it beside a newer one.
    var local = read(key);
    if (local && (local.saved || local.text === box.value)) {
      // The server has it (a copy from before this version may say so): nothing to keep here.
      forget(key);
      local = null;
    }
    if (local) {
      if (local.base === revision) {
        offer(box.value, data.restoredServerText);
        box.value = local.text;
        say(data.restoredText);
        save();
      } else {
        offer(local.text, data.localText);
      }
    }
    showCount();

    box.addEventListener("input", function () {
      remember();
      showCount();
      clearTimeout(timer);
      timer = setTimeout(save, PAUSE_MS);
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && read(key)) {
        clearTimeout(timer);
        save(true);
      }
    });
    // Back online (offline.js has sent the queue, leaving this editor's draft to it): save the
    // text kept here; a newer version saved elsewhere meanwhile is shown beside it.
    document.addEventListener("pathways:queue-sent", function () {
      if (read(key)) {
        clearTimeout(timer);
        save();
      }
    });
    box.form.addEventListener("submit", function (event) {
      remember();
      submitLater(event);
    });
    document.getElementById("reflection-use-other").addEventListener("click", function () {
      box.value = other;
      conflictPanel.hidden = true;
      remember();
      showCount();
      save();
      box.focus();
    });
    document.getElementById("reflection-keep-mine").addEventListener("click", function () {
      conflictPanel.hidden = true;
      remember();
      save();
      box.focus();
    });
  });
})();
