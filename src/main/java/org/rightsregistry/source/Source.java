package org.rightsregistry.source;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.rightsregistry.common.date.Edtf;
import org.rightsregistry.common.record.RegistryRecord;

/** A document that facts come from. */
@Entity(name = "Source")
@Table(name = "source")
public class Source extends RegistryRecord {

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SourceType type;

    @Column(length = 300)
    private String publisher;

    @Column(length = 300)
    private String author;

    @Column(name = "published_on", length = 20)
    private String publishedOn;

    @Column(name = "published_on_from")
    private LocalDate publishedOnFrom;

    @Column(length = 2000)
    private String url;

    @Column(name = "archive_url", length = 2000)
    private String archiveUrl;

    @Column(length = 35)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Reliability reliability;

    protected Source() {
    }

    public Source(UUID id) {
        super(id);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SourceType getType() {
        return type;
    }

    public void setType(SourceType type) {
        this.type = type;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
        this.publishedOnFrom = Edtf.firstDayOf(publishedOn);
    }

    public LocalDate getPublishedOnFrom() {
        return publishedOnFrom;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }

    public void setArchiveUrl(String archiveUrl) {
        this.archiveUrl = archiveUrl;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Reliability getReliability() {
        return reliability;
    }

    public void setReliability(Reliability reliability) {
        this.reliability = reliability;
    }
}
