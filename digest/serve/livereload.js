// digest serve: live reload. Added to HTML responses by the preview server only; never part
// of the built site. Updates this tab after a complete rebuild that changed this page (in
// place, or by reloading when its styles or scripts changed), shows build errors as an
// overlay, and reconnects when the server restarts.
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
    if (now.server !== then.server || now.version > then.version + 1) {
      location.reload();
    } else if (changed) {
      update(state.build);
    } else {
      pageBuild = state.build;
    }
  }

  // The stylesheets and scripts a page loads: while they stay the same, a changed page is
  // swapped in place (no refetch of styles, no reconnect, the scroll position kept), which
  // is what makes an edit show within a frame or two; otherwise the tab reloads.
  function resources(doc) {
    return Array.prototype.map.call(doc.querySelectorAll("link[rel~=stylesheet], script[src]"), function (el) {
      return el.getAttribute("href") || el.getAttribute("src");
    }).filter(function (url) { return url.indexOf("/__digest__/") === -1; }).join("\n");
  }

  function update(build) {
    fetch(location.href, { cache: "no-store" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      var scripted = fresh.body.querySelector("script:not([data-build])");
      if (scripted || resources(fresh) !== resources(document)) { location.reload(); return; }
      var x = window.scrollX, y = window.scrollY;
      document.title = fresh.title;
      document.head.querySelectorAll("meta[name], meta[property], link[rel=canonical], script[type='application/ld+json']")
        .forEach(function (el) { el.remove(); });
      fresh.head.querySelectorAll("meta[name], meta[property], link[rel=canonical], script[type='application/ld+json']")
        .forEach(function (el) { document.head.appendChild(document.adoptNode(el)); });
      overlay = null;
      document.body.replaceWith(document.adoptNode(fresh.body));
      window.scrollTo(x, y);
      pageBuild = build;
    }).catch(function () { location.reload(); });
  }

  var source = new EventSource("/__digest__/events");
  source.onmessage = function (event) { onState(JSON.parse(event.data)); };
})();
