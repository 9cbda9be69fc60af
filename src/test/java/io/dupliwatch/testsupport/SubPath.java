package io.dupliwatch.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Serves the application under {@value #PATH} ({@code server.servlet.context-path}) for a test class: a subclass
 * of a browser test annotated with it runs the same scenarios behind a reverse proxy's sub-path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "server.servlet.context-path=" + SubPath.PATH)
public @interface SubPath {

    String PATH = "/dupliwatch";
}
