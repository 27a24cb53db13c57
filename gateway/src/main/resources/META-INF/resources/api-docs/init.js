// Kept out of index.html so the Content-Security-Policy needs no inline scripts.
window.ui = SwaggerUIBundle({ url: "/q/openapi", dom_id: "#swagger-ui" });
