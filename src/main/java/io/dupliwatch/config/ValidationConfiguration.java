package io.dupliwatch.config;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;

import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The application's Bean Validation validator, built on its first use instead of in every start: Hibernate Validator
 * loads about 500 classes, and only saving a notification channel validates anything. It is set up as Spring Boot's
 * own (which therefore backs off): messages from the message source, in the request's language.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    static Validator validator(ApplicationContext context) {
        return new LazyValidator(SingletonSupplier.of(() -> {
            LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
            validator.setApplicationContext(context);
            validator.setMessageInterpolator(new MessageInterpolatorFactory(context).getObject());
            validator.afterPropertiesSet();
            return validator;
        }));
    }

    private record LazyValidator(Supplier<Validator> target) implements Validator {

        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return target.get().validate(object, groups);
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String propertyName, Class<?>... groups) {
            return target.get().validateProperty(object, propertyName, groups);
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> beanType, String propertyName, Object value,
                                                              Class<?>... groups) {
            return target.get().validateValue(beanType, propertyName, value, groups);
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
            return target.get().getConstraintsForClass(clazz);
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.isInstance(this) ? type.cast(this) : target.get().unwrap(type);
        }

        @Override
        public ExecutableValidator forExecutables() {
            return target.get().forExecutables();
        }
    }
}
