package org.rightsregistry.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The annotated string, when present, is a code from the given list. */
@Documented
@Constraint(validatedBy = Code.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Code {

    enum Kind {
        COUNTRY("must be an ISO 3166-1 alpha-2 country code, such as KZ"),
        CURRENCY("must be an ISO 4217 currency code, such as KZT, or MRP"),
        SCRIPT("must be an ISO 15924 script code, such as Cyrl or Latn"),
        LANGUAGE("must be a BCP 47 language tag, such as kk, ru or en");

        final String rule;

        Kind(String rule) {
            this.rule = rule;
        }
    }

    Kind value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Code, String> {
        private Kind kind;

        @Override
        public void initialize(Code annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = switch (kind) {
                case COUNTRY -> Codes.isCountry(value);
                case CURRENCY -> Codes.isCurrency(value);
                case SCRIPT -> Codes.isScript(value);
                case LANGUAGE -> Codes.isLanguage(value);
            };
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(kind.rule).addConstraintViolation();
            }
            return valid;
        }
    }
}
