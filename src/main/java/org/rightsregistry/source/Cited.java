package org.rightsregistry.source;

import java.util.List;

/** A record that carries citations. */
public interface Cited {
    List<Citation> getCitations();
}
