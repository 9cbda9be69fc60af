// Swagger UI on the API description (page /api/docs); a file, not inline, for the Content-Security-Policy.
window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    tagsSorter: 'alpha',
    operationsSorter: 'alpha',
    deepLinking: true
  });
});
