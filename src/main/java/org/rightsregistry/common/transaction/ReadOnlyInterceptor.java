package org.rightsregistry.common.transaction;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs a {@link ReadOnly} method in a read-only transaction of its own, or in the caller's transaction when there is
 * one. The session is made read-only (entities are loaded without the copy Hibernate keeps to find changes) and its
 * flush mode manual (no flush before each query nor at commit), at the same place in the interceptor chain as
 * {@code @Transactional}. A runtime exception rolls the transaction back and reaches the caller as it is (reads
 * declare no checked exceptions; one would arrive wrapped in {@code QuarkusTransactionException}).
 */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyInterceptor {

    private final EntityManager em;

    public ReadOnlyInterceptor(EntityManager em) {
        this.em = em;
    }

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return context.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Session session = em.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return context.proceed();
        });
    }
}
