// The browsable API document: Swagger UI (served from the platform's webjar) over /openapi.
// A file, not an inline script, so that the Content-Security-Policy holds.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.SwaggerUIBundle({
    url: root.getAttribute("data-document"),
    domNode: root,
    deepLinking: true,
    validatorUrl: null
  });
});
