package io.dupliwatch.web.settings;

import io.dupliwatch.testsupport.SubPath;

/** The settings scenarios again, with Dupliwatch served under a sub-path ({@code server.servlet.context-path}). */
@SubPath
class SettingsUnderSubPathBrowserTest extends SettingsBrowserTest {
}
