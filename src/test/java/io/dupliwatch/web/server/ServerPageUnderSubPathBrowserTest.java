package io.dupliwatch.web.server;

import io.dupliwatch.testsupport.SubPath;

/** The server page scenarios again, with Dupliwatch served under a sub-path ({@code server.servlet.context-path}). */
@SubPath
class ServerPageUnderSubPathBrowserTest extends ServerPageBrowserTest {
}
