package org.rightsregistry.history;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who makes the changes of the current request, and why: the caller's identity (or {@code anonymous}) and the
 * {@code X-Change-Reason} header. Written into every revision the request causes.
 */
@RequestScoped
public class ChangeContext {

    public static final String ANONYMOUS = "anonymous";

    private String actor = ANONYMOUS;
    private String reason;

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public void actor(String actor) {
        this.actor = actor == null ? ANONYMOUS : actor;
    }

    public void reason(String reason) {
        this.reason = reason;
    }
}
