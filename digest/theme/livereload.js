// digest serve: live reload. Added to HTML responses by the preview server only; never part
// of the built site. Reloads this tab after a complete rebuild that changed this page, shows
// build errors as an overlay, and reconnects when the server restarts.
(function () {
  "use strict";
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute("data-build") : "";
  var overlay = null;

  function parse(build) {
    var cut = build.lastIndexOf("-");
    return { server: build.slice(0, cut), version: parseInt(build.slice(cut + 1), 10) };
  }

  function showErrors(errors) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "digest-error-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
        "background:rgba(20,20,20,.94);color:#fff;font:14px/1.6 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "digest: the last rebuild failed; this page shows the last good build.\n\n" +
      errors.map(function (e) {
        return e.where + ": " + e.message + (e.hint ? "\n    hint: " + e.hint : "");
      }).join("\n\n");
  }

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function onState(state) {
    if (state.errors.length) { showErrors(state.errors); return; }
    hideErrors();
    if (!pageBuild || state.build === pageBuild) return;
    var now = parse(state.build), then = parse(pageBuild);
    var here = decodeURI(location.pathname);
    var changed = state.changed.some(function (url) { return decodeURI(url) === here; });
    // A new server, or builds this tab did not see: the page may be stale, reload to be sure.
    if (changed || now.server !== then.server || now.version > then.version + 1) {
      location.reload();
    } else {
      pageBuild = state.build;
    }
  }

  var source = new EventSource("/__digest__/events");
  source.onmessage = function (event) { onState(JSON.parse(event.data)); };
})();
