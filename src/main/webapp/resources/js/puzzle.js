/*
 * The puzzle step's script. Without it the page still works: the teacher types the program and
 * "Check my program" has the server run it. With it: buttons that add commands and indent lines,
 * the program shown as a list, and a run on the page itself, all at once or one step at a time,
 * drawn on the grid and announced move by move in a live region. It needs no network once loaded;
 * a program that solves the puzzle is sent to the server, which runs it again and records the step
 * (it never takes the page's word for it). Offline, the solution waits and is sent when the
 * connection is back. The reading and running mirror content/control/TextProgram and
 * content/entity/Puzzle on the server.
 */
(function () {
  "use strict";

  var FACINGS = ["north", "east", "south", "west"];
  var MOVES = { north: [-1, 0], east: [0, 1], south: [1, 0], west: [0, -1] };
  var PENDING = "pathways.puzzle.pending";

  function format(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (all, i) {
      return args[Number(i)] === undefined ? all : args[Number(i)];
    });
  }

  // The Spanish names the Spanish pages show, read as the English ones (as the server does).
  var SPANISH = {
    "avanzar": "move",
    "girar-a-la-izquierda": "turn-left",
    "girar-izquierda": "turn-left",
    "girar-a-la-derecha": "turn-right",
    "girar-derecha": "turn-right",
    "repetir": "repeat",
    "si": "if",
    "si-no": "else",
    "sino": "else",
    "hay-camino-adelante": "path-ahead",
    "camino-adelante": "path-ahead",
    "hay-camino-a-la-izquierda": "path-left",
    "camino-a-la-izquierda": "path-left",
    "hay-camino-a-la-derecha": "path-right",
    "camino-a-la-derecha": "path-right"
  };

  function normal(word) {
    var n = word.trim().toLowerCase().replace(/[\s_]+/g, "-");
    return Object.prototype.hasOwnProperty.call(SPANISH, n) ? SPANISH[n] : n;
  }

  /* Reads the text as the server's TextProgram does; answers {program} or {error: line}. */
  function parse(text) {
    var lines = [];
    text.split(/\r?\n|\r/).forEach(function (raw, i) {
      var line = raw.replace(/\t/g, "  ");
      var stripped = line.trim();
      if (stripped && stripped.charAt(0) !== "#") {
        lines.push({ number: i + 1, indent: line.length - line.replace(/^\s+/, "").length, text: stripped });
      }
    });
    var next = 0;
    var error = null;

    function fail(line) {
      if (error === null) {
        error = line.number;
      }
    }

    function inner(header) {
      if (next >= lines.length || lines[next].indent <= header.indent) {
        fail(header);
        return [];
      }
      return block(lines[next].indent);
    }

    function block(indent) {
      var commands = [];
      while (next < lines.length && lines[next].indent >= indent) {
        var line = lines[next++];
        if (line.indent > indent) {
          fail(line);
          continue;
        }
        var words = line.text.split(/\s+/);
        var first = normal(line.text) === "else" ? "else" : normal(words[0]);
        var rest = line.text.substring(words[0].length).trim();
        if (first === "repeat") {
          var count = rest.replace(/\s*(times?|veces|vez)$/i, "");
          var times = /^\d{1,3}$/.test(count) ? Number(count) : 0;
          if (times < 1 || times > 20) {
            fail(line);
          }
          commands.push({ repeat: times, "do": inner(line) });
        } else if (first === "if") {
          var command = { "if": normal(rest), "do": inner(line) };
          if (["path-ahead", "path-left", "path-right"].indexOf(command["if"]) < 0) {
            fail(line);
          }
          if (next < lines.length && lines[next].indent === line.indent && normal(lines[next].text) === "else") {
            command["else"] = inner(lines[next++]);
          }
          commands.push(command);
        } else if (["move", "turn-left", "turn-right"].indexOf(normal(line.text)) >= 0) {
          commands.push(normal(line.text));
        } else {
          fail(line);
        }
      }
      return commands;
    }

    if (lines.length === 0) {
      return { program: [] };
    }
    var program = block(lines[0].indent);
    return error === null ? { program: program } : { error: error };
  }

  function blocks(commands) {
    return commands.reduce(function (sum, c) {
      if (typeof c === "string") {
        return sum + 1;
      }
      return sum + 1 + blocks(c["do"]) + blocks(c["else"] || []);
    }, 0);
  }

  /* Runs the program as the server's Puzzle.run does: the list of actions and why it stopped. */
  function run(puzzle, program) {
    var at = null;
    puzzle.grid.forEach(function (row, r) {
      var c = row.indexOf("S");
      if (c >= 0) {
        at = [r, c];
      }
    });
    var facing = puzzle.facing;
    var steps = [];
    var collected = {};
    var stop = null;

    function mark(square) {
      var row = puzzle.grid[square[0]];
      if (square[0] < 0 || !row || square[1] < 0 || square[1] >= row.length) {
        return "#";
      }
      return row.charAt(square[1]);
    }
    function ahead(towards) {
      var d = MOVES[towards];
      return [at[0] + d[0], at[1] + d[1]];
    }
    function turn(by) {
      return FACINGS[(FACINGS.indexOf(facing) + by + 4) % 4];
    }
    function count() {
      return Object.keys(collected).length;
    }
    function pickUp() {
      if (mark(at) === "*") {
        collected[at.join(",")] = true;
      }
    }
    function act(path, action, result) {
      if (steps.length >= puzzle.maxActions) {
        stop = "TOO_LONG";
        return false;
      }
      steps.push({ at: path, action: action, result: result, row: at[0], column: at[1], facing: facing, collected: count() });
      return true;
    }
    function walk(commands, path) {
      for (var i = 0; i < commands.length && stop === null; i++) {
        var here = path.concat([i]);
        var c = commands[i];
        if (typeof c !== "string" && c.repeat !== undefined) {
          for (var t = 0; t < c.repeat && stop === null; t++) {
            walk(c["do"], here);
          }
        } else if (typeof c !== "string") {
          var towards = c["if"] === "path-left" ? turn(-1) : c["if"] === "path-right" ? turn(1) : facing;
          var holds = mark(ahead(towards)) !== "#";
          if (act(here, "check:" + c["if"], holds)) {
            walk(holds ? c["do"] : c["else"] || [], here);
          }
        } else if (c === "turn-left" || c === "turn-right") {
          facing = turn(c === "turn-left" ? -1 : 1);
          act(here, c, null);
        } else {
          var next = ahead(facing);
          if (mark(next) === "#") {
            act(here, c, null);
            if (stop === null) {
              stop = "WALL";
            }
            return;
          }
          at = next;
          pickUp();
          act(here, c, null);
        }
      }
    }

    pickUp();
    walk(program, []);
    var flowers = puzzle.grid.join("").split("*").length - 1;
    var goal = puzzle.grid.join("").indexOf("G") >= 0;
    if (stop === null) {
      stop = goal && mark(at) !== "G" ? "NOT_AT_GOAL" : count() < flowers ? "FLOWERS_LEFT" : "SOLVED";
    }
    return { solved: stop === "SOLVED", steps: steps, stoppedBecause: stop };
  }

  function button(text, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button button--secondary puzzle__button";
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var board = document.getElementById("puzzle-board");
    var area = document.getElementById("puzzle:program");
    if (!board || !area) {
      return;
    }
    var puzzle = JSON.parse(board.getAttribute("data-puzzle"));
    var t = function (name) { return board.getAttribute("data-t-" + name) || ""; };
    var live = document.getElementById("puzzle-live");
    var list = document.getElementById("puzzle-list");
    var tools = document.getElementById("puzzle-tools");
    var controls = document.getElementById("puzzle-controls");
    var url = board.getAttribute("data-complete-url");
    var playing = null;
    var position = 0;
    var current = null;

    function say(text) {
      live.textContent = text;
    }

    /* Lines of the text box and which one holds the caret. */
    function caretLine() {
      return area.value.substring(0, area.selectionStart).split("\n").length - 1;
    }

    function setLines(lines, line) {
      area.value = lines.join("\n");
      var offset = 0;
      for (var i = 0; i < line; i++) {
        offset += lines[i].length + 1;
      }
      offset += lines[line].length;
      area.focus();
      area.setSelectionRange(offset, offset);
      show();
    }

    function add(words) {
      var lines = area.value === "" ? [] : area.value.split("\n");
      var at = lines.length === 0 ? -1 : caretLine();
      var indent = "";
      if (at >= 0) {
        var here = lines[at];
        indent = here.match(/^\s*/)[0];
        if (/^\s*(repeat|if|else)\b/i.test(here)) {
          indent += "  ";
        }
      }
      lines.splice(at + 1, 0, indent + words);
      setLines(lines, at + 1);
    }

    function shift(by) {
      var lines = area.value.split("\n");
      var at = caretLine();
      lines[at] = by > 0 ? "  " + lines[at] : lines[at].replace(/^ {1,2}/, "");
      setLines(lines, at);
    }

    function words(command) {
      if (typeof command === "string") {
        return t(command);
      }
      if (command.repeat !== undefined) {
        return (
          t("repeat") + " " + (command.repeat === 1 ? t("once") : format(t("times"), [command.repeat]))
        );
      }
      return t("if") + " " + t(command["if"]);
    }

    function listOf(commands, path) {
      var ol = document.createElement("ol");
      commands.forEach(function (command, i) {
        var li = document.createElement("li");
        var here = path.concat([i]);
        li.setAttribute("data-at", here.join("."));
        li.appendChild(document.createTextNode(words(command)));
        if (typeof command !== "string") {
          li.appendChild(listOf(command["do"], here));
          if (command["else"]) {
            var otherwise = document.createElement("p");
            otherwise.textContent = t("otherwise");
            li.appendChild(otherwise);
            li.appendChild(listOf(command["else"], here));
          }
        }
        ol.appendChild(li);
      });
      return ol;
    }

    /* The program as a nested list, under a heading, and the blocks it uses. */
    function show() {
      var parsed = parse(area.value);
      list.textContent = "";
      var title = document.createElement("h2");
      title.className = "puzzle__heading";
      title.textContent = t("list");
      list.appendChild(title);
      if (parsed.error) {
        var p = document.createElement("p");
        p.textContent = format(t("mistake"), [parsed.error]);
        list.appendChild(p);
        return null;
      }
      if (parsed.program.length === 0) {
        var empty = document.createElement("p");
        empty.textContent = t("empty");
        list.appendChild(empty);
        return parsed.program;
      }
      list.appendChild(listOf(parsed.program, []));
      var used = document.createElement("p");
      used.textContent = format(t("blocks"), [blocks(parsed.program), puzzle.maxBlocks]);
      list.appendChild(used);
      return parsed.program;
    }

    function square(row, column) {
      return document.getElementById("square-" + row + "-" + column);
    }

    function place(row, column, facing) {
      var walker = board.querySelector(".puzzle__walker");
      walker.className = "puzzle__walker puzzle__walker--" + facing;
      walker.textContent = format(t("walker"), [t(facing)]);
      square(row, column).appendChild(walker);
    }

    function reset() {
      stopPlaying();
      current = null;
      position = 0;
      board.querySelectorAll(".puzzle__square").forEach(function (cell) {
        cell.classList.remove("puzzle__square--visited", "puzzle__square--bumped", "puzzle__square--collected");
      });
      puzzle.grid.forEach(function (row, r) {
        var c = row.indexOf("S");
        if (c >= 0) {
          place(r, c, puzzle.facing);
        }
      });
      list.querySelectorAll(".puzzle__current").forEach(function (li) { li.classList.remove("puzzle__current"); });
    }

    function describe(step) {
      if (step.action.indexOf("check:") === 0) {
        return format(t(step.result ? "check-yes" : "check-no"), [t(step.action.substring(6))]);
      }
      return format(t("action"), [t(step.action), step.row + 1, step.column + 1, t(step.facing)]);
    }

    function stopWords(stop) {
      return t("stop-" + stop.toLowerCase().replace(/_/g, "-"));
    }

    /* Shows one action of the run; at the end, the verdict. */
    function advance() {
      if (!current) {
        var program = show();
        if (!program) {
          return false;
        }
        reset();
        current = { program: program, result: run(puzzle, program) };
      }
      var steps = current.result.steps;
      if (position < steps.length) {
        var step = steps[position++];
        list.querySelectorAll(".puzzle__current").forEach(function (li) { li.classList.remove("puzzle__current"); });
        var li = list.querySelector('li[data-at="' + step.at.join(".") + '"]');
        if (li) {
          li.classList.add("puzzle__current");
        }
        var cell = square(step.row, step.column);
        cell.classList.add("puzzle__square--visited");
        if (puzzle.grid[step.row].charAt(step.column) === "*") {
          cell.classList.add("puzzle__square--collected");
        }
        place(step.row, step.column, step.facing);
        var text = format(t("step-of"), [position, steps.length, describe(step)]);
        if (position === steps.length && current.result.stoppedBecause === "WALL") {
          cell.classList.add("puzzle__square--bumped");
        }
        if (position < steps.length) {
          say(text);
          return true;
        }
        say(text + " " + format(t("stop"), [stopWords(current.result.stoppedBecause)]));
      } else {
        say(format(t("stop"), [stopWords(current.result.stoppedBecause)]));
      }
      if (current.result.solved) {
        send(current.program);
      }
      current = null;
      return false;
    }

    function stopPlaying() {
      if (playing) {
        clearInterval(playing);
        playing = null;
      }
    }

    function play() {
      stopPlaying();
      current = null;
      if (advance()) {
        playing = setInterval(function () {
          if (!advance()) {
            stopPlaying();
          }
        }, 700);
      }
    }

    /* The server runs the program again and records the step; offline, it waits. */
    function send(program) {
      if (!url) {
        return;
      }
      say(t("saving"));
      window.Pathways.api.call("PUT", url, { program: program }).then(function (response) {
        localStorage.removeItem(PENDING);
        if (response.ok) {
          say(t("saved"));
          var status = document.getElementById("step-status");
          if (status) {
            status.textContent = t("saved");
          }
        } else if (response.status === 422) {
          return response.json().then(function (problem) {
            say(format(t("server-no"), [stopWords(problem.stoppedBecause || "NOT_AT_GOAL")]));
          });
        }
      }).catch(function () {
        try {
          localStorage.setItem(PENDING, JSON.stringify({ url: url, program: program }));
        } catch (ignored) {
          // Private browsing may refuse storage: the teacher can still press "Check my program".
        }
        say(t("offline"));
      });
    }

    function sendPending() {
      var pending = null;
      try {
        pending = JSON.parse(localStorage.getItem(PENDING) || "null");
      } catch (ignored) {
        pending = null;
      }
      if (pending && pending.url === url) {
        send(pending.program);
      }
    }

    puzzle.commands.forEach(function (command) {
      if (command === "repeat") {
        tools.appendChild(button(format(t("add"), ["repeat 3"]), function () { add("repeat 3"); }));
      } else if (command === "if") {
        puzzle.conditions.forEach(function (condition) {
          tools.appendChild(button(format(t("add"), ["if " + condition]), function () { add("if " + condition); }));
        });
        tools.appendChild(button(format(t("add"), ["else"]), function () { add("else"); }));
      } else {
        tools.appendChild(button(format(t("add"), [command]), function () { add(command); }));
      }
    });
    tools.appendChild(button(t("indent"), function () { shift(1); }));
    tools.appendChild(button(t("outdent"), function () { shift(-1); }));
    var runButton = button(t("run"), play);
    runButton.id = "puzzle-run-here";
    var stepButton = button(t("step"), function () { stopPlaying(); advance(); });
    stepButton.id = "puzzle-step";
    controls.appendChild(runButton);
    controls.appendChild(stepButton);
    controls.appendChild(button(t("reset"), function () { reset(); say(""); }));
    area.addEventListener("input", function () { current = null; show(); });
    show();
    window.addEventListener("online", sendPending);
    sendPending();
  });

  window.Pathways = window.Pathways || {};
  window.Pathways.puzzle = { parse: parse, run: run };
})();
