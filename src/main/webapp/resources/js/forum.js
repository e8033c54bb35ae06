/*
 * The forum's script: a preview of a post as it will show (rendered and sanitized by the server),
 * and a note of how far the teacher has read a thread, for the unread markers. Everything else on
 * the forum pages works without it.
 */
(function () {
  "use strict";

  var call = window.Pathways.api.call;

  function setUpPreview(text) {
    var box = text.closest(".forum-editor").querySelector(".forum-preview");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--small button--secondary";
    button.textContent = text.getAttribute("data-preview-label");
    text.parentNode.insertBefore(button, box);
    button.addEventListener("click", function () {
      if (!text.value.trim()) {
        box.textContent = text.getAttribute("data-preview-empty");
        box.hidden = false;
        return;
      }
      call("POST", "/api/forum/preview", { body: text.value })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (answer) {
          // The server's sanitized HTML (CommonMark, then the OWASP sanitizer).
          box.innerHTML = answer.html;
          box.hidden = false;
        })
        .catch(function () {
          box.textContent = text.getAttribute("data-preview-failed");
          box.hidden = false;
        });
    });
  }

  function markRead() {
    var posts = document.getElementById("posts");
    if (!posts) {
      return;
    }
    var last = parseInt(posts.getAttribute("data-last"), 10);
    if (last > 0) {
      call("POST", "/api/forum/threads/" + posts.getAttribute("data-thread") + "/read", { number: last });
    }
  }

  function start() {
    document.querySelectorAll("textarea.forum-editor__text").forEach(setUpPreview);
    markRead();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
