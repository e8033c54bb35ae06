/*
 * The step player's script: records a step that counts when seen as soon as the page shows it,
 * and a video once most of it has played; a video from another host loads when asked. It calls
 * the API with the page's own short-lived token. A completion that cannot reach the server (no
 * connection, or a page read from this browser's copy, which has no token) is kept in this
 * account's offline queue (offline.js) and sent when the connection returns.
 * Without this script the "Next" and "Mark as done" buttons record the same steps.
 */
(function () {
  "use strict";

  var api = window.Pathways.api;

  function say(text) {
    var status = document.getElementById("step-status");
    if (status && text) {
      status.textContent = text;
    }
  }

  // Kept for later in this account's queue, when there is one (a signed-in page with scripts).
  function keep(url) {
    var offline = window.Pathways.offline;
    if (!offline || !offline.signedIn()) {
      return Promise.resolve(false);
    }
    var title = document.getElementById("step-title");
    return offline.save({
      kind: "completion",
      method: "PUT",
      url: url,
      body: {},
      label: title ? title.textContent.trim() : document.title
    }).then(function () { return true; }, function () { return false; });
  }

  function record(article, url, attempt) {
    if (!api.token()) {
      return keep(url); // A page read offline from this browser's copy: its token was not kept.
    }
    return api.call("PUT", url, {}).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) {
          say(article.getAttribute(answer.courseCompleted ? "data-course-done" : "data-saved"));
          return true;
        });
      }
      if (response.status === 401) {
        say(article.getAttribute("data-signed-out"));
      }
      return false;
    }).catch(function () {
      // A dropped connection: into the queue, which sends it when the connection is back (with
      // scripts but no queue, such as a private window without IndexedDB: a few tries, as before;
      // "Next" records it too).
      return keep(url).then(function (kept) {
        if (!kept && attempt < 3) {
          setTimeout(function () { record(article, url, attempt + 1); }, 2000 * (attempt + 1));
        }
        return false;
      });
    });
  }

  // A video from another host loads in a frame only when the teacher asks: before that, the page
  // fetches nothing from the host (no player, no thumbnail, no cookies).
  function clickToLoad() {
    var holder = document.getElementById("video-embed");
    var play = document.getElementById("video-play");
    if (!holder || !play) {
      return;
    }
    play.hidden = false;
    play.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.className = "video-embed__frame";
      frame.id = "video-frame";
      frame.src = holder.getAttribute("data-frame");
      frame.title = holder.getAttribute("data-title");
      frame.setAttribute("allow", "fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      holder.replaceChildren(frame);
      frame.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    clickToLoad();
    var article = document.getElementById("step");
    if (!article) {
      return;
    }
    var seen = article.getAttribute("data-complete-url");
    if (seen) {
      record(article, seen, 0);
    }
    var videoUrl = article.getAttribute("data-video-url");
    var video = article.querySelector("video");
    if (videoUrl && video) {
      var sent = false;
      video.addEventListener("timeupdate", function () {
        if (!sent && video.duration > 0 && video.currentTime / video.duration >= 0.9) {
          sent = true;
          record(article, videoUrl, 0);
        }
      });
    }
  });
})();
