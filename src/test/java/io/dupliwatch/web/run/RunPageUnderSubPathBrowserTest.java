package io.dupliwatch.web.run;

import io.dupliwatch.testsupport.SubPath;

/** The run page scenarios again, with Dupliwatch served under a sub-path ({@code server.servlet.context-path}). */
@SubPath
class RunPageUnderSubPathBrowserTest extends RunPageBrowserTest {
}
