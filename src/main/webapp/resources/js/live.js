/*
 * Live updates on the course and step pages: the teacher's event stream (GET /api/me/events) read
 * with fetch, because EventSource cannot send the page's bearer token (the API takes no session
 * cookie). A progress event made on another tab or device updates the progress bar, the modules'
 * states and the done marks in place (a module that opens gets its step links) and is announced
 * politely; feedback and forum notifications are announced. The stream reconnects with back-off
 * and Last-Event-ID; it stops on 401 (the page's token ended: the next page has a new one) and
 * when the server closes it for having too many streams of this account.
 * Every text comes from the page (data-* attributes from the bundles); nothing from the stream is
 * ever inserted as HTML.
 */
(function () {
  "use strict";

  var live;
  var lastId = null;
  var backOff = 2000;
  var stopped = false;
  var controller = null;

  function text(name) {
    return live.getAttribute("data-" + name) || "";
  }

  function format(pattern, value) {
    return pattern.replace("{0}", value);
  }

  function say(message) {
    var status = document.getElementById("live-status");
    if (status && message) {
      // Emptied first, so that the same sentence twice is announced twice.
      status.textContent = "";
      setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  function markDone(item) {
    if (!item.querySelector(".step__done")) {
      var done = document.createElement("span");
      done.className = "step__done";
      done.textContent = text("done");
      item.appendChild(document.createTextNode(" "));
      item.appendChild(done);
    }
  }

  // A module that was locked: its step titles become links, its lock sentence goes.
  function open(module) {
    module.querySelectorAll(".step__title[data-url]").forEach(function (title) {
      var link = document.createElement("a");
      link.href = title.getAttribute("data-url");
      link.textContent = title.textContent;
      title.replaceWith(link);
    });
    var lock = module.querySelector(".module__lock");
    if (lock) {
      lock.remove();
    }
  }

  function courseModules(data) {
    var unlocked = [];
    data.modules.forEach(function (m) {
      var module = document.getElementById("module-" + m.key);
      if (!module) {
        return;
      }
      var state = m.state.toLowerCase();
      var was = module.getAttribute("data-state");
      if (was === state) {
        return;
      }
      module.classList.remove("module--" + was);
      module.classList.add("module--" + state);
      module.setAttribute("data-state", state);
      var label = module.querySelector(".module__state strong");
      if (label) {
        label.textContent = text("state-" + state);
      }
      if (was === "locked") {
        open(module);
        var title = module.querySelector("h3");
        unlocked.push(title ? title.firstChild.textContent.trim() : m.key);
      }
    });
    return unlocked;
  }

  function progress(data) {
    if (data.enrollmentId !== text("enrollment")) {
      return;
    }
    var bar = document.getElementById("progress-bar");
    if (bar) {
      bar.value = data.percent;
      bar.textContent = data.percent + "%";
    }
    var label = document.getElementById("progress-label");
    if (label) {
      label.textContent = format(text("percent"), data.percent);
    }
    document.querySelectorAll('[data-step="' + CSS.escape(data.stepKey) + '"]').forEach(function (item) {
      if (item.classList.contains("outline__step")) {
        item.classList.add("outline__step--done");
      }
      markDone(item);
    });
    var outline = document.querySelector(".player__outline[data-module]");
    if (outline) {
      data.modules.forEach(function (m) {
        if (m.key === outline.getAttribute("data-module")) {
          outline.querySelector(".outline__state").textContent = text("state-" + m.state.toLowerCase());
        }
      });
    }
    var unlocked = courseModules(data);
    if (data.stepKey === text("page-step") && !unlocked.length) {
      // This page's own step: the page says so itself (#step-status).
      return;
    }
    var sentences = [format(text("progress"), data.percent)];
    unlocked.forEach(function (title) { sentences.push(format(text("unlocked"), title)); });
    if (data.courseCompleted) {
      sentences.push(text("course-done"));
    }
    say(sentences.join(" "));
  }

  function handle(name, data) {
    var parsed;
    try {
      parsed = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (name === "progress") {
      progress(parsed);
    } else if (name === "feedback") {
      say(text("feedback"));
    } else if (name === "notification") {
      say(text("notification"));
    } else if (name === "closed") {
      stopped = true;
    }
  }

  // Server-sent events as the stream gives them: blocks separated by a blank line; lines
  // "field: value"; lines starting with ":" are comments (the heartbeat).
  function dispatch(block) {
    var name = "message";
    var data = [];
    var id = null;
    block.split("\n").forEach(function (line) {
      if (line === "" || line.charAt(0) === ":") {
        return;
      }
      var colon = line.indexOf(":");
      var field = colon < 0 ? line : line.substring(0, colon);
      var value = colon < 0 ? "" : line.substring(colon + 1).replace(/^ /, "");
      if (field === "event") {
        name = value;
      } else if (field === "data") {
        data.push(value);
      } else if (field === "id") {
        id = value;
      }
    });
    if (id !== null) {
      lastId = id;
    }
    if (data.length) {
      handle(name, data.join("\n"));
    }
  }

  function read(reader) {
    var decoder = new TextDecoder();
    var buffer = "";
    function next() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          return;
        }
        backOff = 2000;
        buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n?/g, "\n");
        var end = buffer.indexOf("\n\n");
        while (end >= 0) {
          dispatch(buffer.substring(0, end));
          buffer = buffer.substring(end + 2);
          end = buffer.indexOf("\n\n");
        }
        return next();
      });
    }
    return next();
  }

  function again() {
    if (!stopped) {
      setTimeout(connect, backOff);
      backOff = Math.min(backOff * 2, 60000);
    }
  }

  function connect() {
    var token = window.Pathways.api.token();
    if (!token || stopped) {
      return;
    }
    var headers = { "Authorization": "Bearer " + token, "Accept": "text/event-stream" };
    if (lastId !== null) {
      headers["Last-Event-ID"] = lastId;
    }
    controller = new AbortController();
    fetch(text("url"), { headers: headers, cache: "no-store", signal: controller.signal })
      .then(function (response) {
        if (response.status === 401 || response.status === 403) {
          stopped = true;
          return;
        }
        if (!response.ok || !response.body) {
          return;
        }
        // Says that updates arrive from now on (tests wait for it before acting elsewhere).
        live.setAttribute("data-connected", "true");
        return read(response.body.getReader());
      })
      .catch(function () { /* a dropped connection: try again below */ })
      .then(function () {
        live.removeAttribute("data-connected");
        again();
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    live = document.getElementById("live");
    if (!live || !window.fetch || !window.TextDecoder || !window.Pathways || !window.Pathways.api) {
      return;
    }
    window.addEventListener("pagehide", function () {
      stopped = true;
      if (controller) {
        controller.abort();
      }
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        stopped = false;
        connect();
      }
    });
    connect();
  });
})();
