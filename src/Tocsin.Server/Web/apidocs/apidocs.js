// Starts the API viewer on this server's own OpenAPI document. A file, not an inline script: the content
// security policy forbids inline scripts. The viewer calls only this origin: no outside validator badge.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi/v1.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    validatorUrl: null,
    displayOperationId: true,
    defaultModelsExpandDepth: 0
  });
});
