// Starts the API viewer on this server's own OpenAPI document. A file, not an inline script: the content
// security policy forbids inline scripts. The viewer calls only this origin: no outside validator badge.
// Deep links are off: Swagger UI draws each operation's deep link as a link inside the button that opens the
// operation, and a control nested in a control is unusable by keyboard and screen reader.
window.addEventListener("load", function () {
  "use strict";

  window.ui = SwaggerUIBundle({
    url: "/openapi/v1.json",
    dom_id: "#swagger-ui",
    deepLinking: false,
    // Areas (tags) start closed and open on a click: drawn all at once, this Swagger UI stops drawing operations
    // after about 126 of them, and the API has more.
    docExpansion: "none",
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null,
    displayOperationId: true,
    defaultModelsExpandDepth: 0
  });

  // Swagger UI leaves some selects without a name (the server picker sits in a label holding only the select
  // itself); each gets one, every time the viewer redraws.
  var names = { servers: "Server" };
  function nameSelects(root) {
    root.querySelectorAll("select:not([aria-label]):not([aria-labelledby])").forEach(function (select) {
      select.setAttribute("aria-label", names[select.id] || select.id || select.className || "Choice");
    });
  }

  var root = document.getElementById("swagger-ui");
  nameSelects(root);
  new MutationObserver(function () { nameSelects(root); }).observe(root, { childList: true, subtree: true });
});
