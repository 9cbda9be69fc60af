package io.dupliwatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings are read at run time. In the recommended way to run (Spring AOT), bean conditions were evaluated when the
 * jar was built, so a bean that exists only when a property is set ignores that property at run time: optional parts
 * check their switch themselves ({@code MqttPublisher}, {@code ApiDocsController}). The one exception is scheduling,
 * which only the command-line subcommands switch off, and they run without Spring AOT.
 */
class RuntimeSettingsTest {

    private static final List<String> CONDITIONS = List.of(ConditionalOnProperty.class.getName(),
            ConditionalOnBooleanProperty.class.getName());

    @Test
    void noBeanOfDupliwatchDependsOnAPropertyCondition() throws IOException {
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        List<String> conditional = new ArrayList<>();
        for (Resource type : new PathMatchingResourcePatternResolver().getResources("classpath*:io/dupliwatch/**/*.class")) {
            AnnotationMetadata metadata = readers.getMetadataReader(type).getAnnotationMetadata();
            for (String condition : CONDITIONS) {
                if (metadata.hasAnnotation(condition)) {
                    conditional.add(metadata.getClassName());
                }
                metadata.getAnnotatedMethods(condition)
                        .forEach(method -> conditional.add(metadata.getClassName() + "." + method.getMethodName()));
            }
        }

        assertThat(conditional).containsExactly("io.dupliwatch.config.SchedulingConfiguration");
    }
}
