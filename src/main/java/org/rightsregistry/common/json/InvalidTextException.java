package org.rightsregistry.common.json;

/** A JSON string holds characters no record may store (control characters, unpaired surrogates). */
public class InvalidTextException extends RuntimeException {
    public InvalidTextException(String message) {
        super(message, null, false, false);
    }
}
