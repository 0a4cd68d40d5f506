package org.rightsregistry.common.record;

import java.util.UUID;

/** What every record's response exposes: its id and version (its ETag). */
public interface RecordView {
    UUID id();

    long version();
}
