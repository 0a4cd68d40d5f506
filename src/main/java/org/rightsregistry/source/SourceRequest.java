package org.rightsregistry.source;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rightsregistry.common.date.EdtfDate;
import org.rightsregistry.common.record.Visibility;
import org.rightsregistry.common.validation.Code;
import org.rightsregistry.common.validation.WebUrl;

@JsonIgnoreProperties(value = {"createdAt", "updatedAt"}, allowGetters = false)
@Schema(name = "SourceInput", description = "A source as written by a caller.")
public record SourceRequest(
        @Schema(description = "On create: the id to give the record (a new one when absent). On replace: ignored, the path wins.",
                example = "3e1d2c4b-5a69-4f7e-8d0c-1b2a3c4d5e6f")
        UUID id,
        @Schema(description = "The version the caller last read; a replace or patch with another version is refused with 412.", example = "1")
        @PositiveOrZero Long version,
        @Schema(description = "Who may see this source. A testimony's source is often itself confidential.", defaultValue = "PUBLIC")
        Visibility visibility,
        @Schema(description = "The title of the document.", required = true, example = "Kazakhstan: bloggers on trial (invented report)")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "What kind of document it is.", example = "NGO_REPORT")
        SourceType type,
        @Schema(description = "Who published it.", example = "Invented Monitoring Group")
        @Size(max = 300) String publisher,
        @Schema(description = "Who wrote it.", example = "Dana Omarova")
        @Size(max = 300) String author,
        @Schema(description = "When it was published (EDTF).", example = "2021-11")
        @EdtfDate String publishedOn,
        @Schema(description = "Where it is published: an absolute http(s) URL.", example = "https://example.org/reports/bloggers-on-trial")
        @WebUrl String url,
        @Schema(description = "An archived copy: an absolute http(s) URL.", example = "https://archive.example.org/2021/bloggers-on-trial")
        @WebUrl String archiveUrl,
        @Schema(description = "Its language, BCP 47.", example = "ru")
        @Code(Code.Kind.LANGUAGE) String language,
        @Schema(description = "How far the registry's editors trust it.", example = "HIGH")
        Reliability reliability) {

    static SourceRequest from(Source s) {
        return new SourceRequest(s.getId(), s.getVersion(), s.getVisibility(), s.getTitle(), s.getType(), s.getPublisher(),
                s.getAuthor(), s.getPublishedOn(), s.getUrl(), s.getArchiveUrl(), s.getLanguage(), s.getReliability());
    }
}
