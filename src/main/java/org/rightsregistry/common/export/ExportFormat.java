package org.rightsregistry.common.export;

/** The formats a list can be exported in, whole and streamed. */
public enum ExportFormat {
    CSV("text/csv", "text/csv; charset=utf-8", "csv"),
    NDJSON("application/x-ndjson", "application/x-ndjson; charset=utf-8", "ndjson");

    /** The media type a client asks for in {@code Accept}. */
    public final String mediaType;
    /** The {@code Content-Type} of the export. */
    public final String contentType;
    /** The value of the {@code format} parameter, and the file name's extension. */
    public final String extension;

    ExportFormat(String mediaType, String contentType, String extension) {
        this.mediaType = mediaType;
        this.contentType = contentType;
        this.extension = extension;
    }
}
