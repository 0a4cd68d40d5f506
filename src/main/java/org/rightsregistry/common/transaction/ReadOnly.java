package org.rightsregistry.common.transaction;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A method that only reads: called outside a transaction, it runs in a transaction of its own whose Hibernate session
 * keeps no snapshots of what it loads and never flushes, so reading a page of records costs no dirty check of them at
 * each query and at commit. Called inside a transaction, it joins it as it is (a write that reads through it stays a
 * write). See {@link ReadOnlyInterceptor}.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ReadOnly {
}
