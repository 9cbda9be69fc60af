package io.dupliwatch.web.dashboard;

import io.dupliwatch.testsupport.SubPath;

/** The dashboard scenarios again, with Dupliwatch served under a sub-path ({@code server.servlet.context-path}). */
@SubPath
class DashboardUnderSubPathBrowserTest extends DashboardBrowserTest {
}
