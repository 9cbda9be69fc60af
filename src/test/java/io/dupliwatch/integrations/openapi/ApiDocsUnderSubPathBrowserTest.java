package io.dupliwatch.integrations.openapi;

import io.dupliwatch.testsupport.SubPath;

/** The API docs (Swagger UI) scenarios again, with Dupliwatch served under a sub-path ({@code server.servlet.context-path}). */
@SubPath
class ApiDocsUnderSubPathBrowserTest extends ApiDocsBrowserTest {
}
