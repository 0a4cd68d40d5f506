package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of document a source is. A testimony's source is often itself confidential.")
public enum SourceType {
    NGO_REPORT, NEWS_ARTICLE, COURT_DOCUMENT, OFFICIAL_STATEMENT, LETTER, TESTIMONY, LAWYER_STATEMENT, RELATIVE_STATEMENT, SOCIAL_MEDIA, OTHER
}
