/*
 * What the page scripts share to call the API: the page's own short-lived token (a meta element
 * that the page writes; the API takes no session cookie alone) and a JSON request that carries it.
 * A plain script (the pages load scripts with h:outputScript under a CSP of 'self' only) that
 * exposes one namespace, Pathways.api; load it before the scripts that use it.
 */
(function () {
  "use strict";

  function token() {
    var meta = document.querySelector('meta[name="pathways-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // A JSON call with the page's token; the answer is fetch's, for the caller to read.
  // options.keepalive lets a call outlive the page (a save as the page is hidden).
  function call(method, url, body, options) {
    return fetch(url, {
      method: method,
      keepalive: !!(options && options.keepalive),
      credentials: "same-origin",
      headers: {
        "Authorization": "Bearer " + token(),
        "Content-Type": "application/json",
        "Accept": "application/json"
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  window.Pathways = window.Pathways || {};
  window.Pathways.api = { token: token, call: call };
})();
