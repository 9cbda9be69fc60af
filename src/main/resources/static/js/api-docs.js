// Swagger UI on the API description (page /api/docs); a file, not inline, for the Content-Security-Policy.
// Served under a context path (/dw/api/docs), the API lives under it too: the description says "/", so the page
// fetches it (relative URL) and points "Try it out" at the context path.
window.addEventListener('DOMContentLoaded', () => {
  const base = location.pathname.replace(/\/api\/docs\/?$/, '');
  fetch('openapi.json', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => response.json())
    .then(spec => {
      spec.servers = [{ url: base || '/' }];
      window.ui = SwaggerUIBundle({
        spec: spec,
        dom_id: '#swagger-ui',
        tagsSorter: 'alpha',
        operationsSorter: 'alpha',
        deepLinking: true
      });
    });
});
