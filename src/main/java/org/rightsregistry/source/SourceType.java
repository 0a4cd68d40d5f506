package org.rightsregistry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of document a source is. `NGO_REPORT`: a report of a human-rights organisation. "
        + "`NEWS_ARTICLE`. `COURT_DOCUMENT`: a verdict, indictment or court record. `OFFICIAL_STATEMENT`: of a "
        + "prosecutor, ministry or other authority. `LETTER`: an open or official letter. `TESTIMONY`: a "
        + "first-hand account; its source is often itself confidential. `LAWYER_STATEMENT`. "
        + "`RELATIVE_STATEMENT`. `SOCIAL_MEDIA`: a post. `OTHER`.")
public enum SourceType {
    NGO_REPORT, NEWS_ARTICLE, COURT_DOCUMENT, OFFICIAL_STATEMENT, LETTER, TESTIMONY, LAWYER_STATEMENT, RELATIVE_STATEMENT, SOCIAL_MEDIA, OTHER
}
