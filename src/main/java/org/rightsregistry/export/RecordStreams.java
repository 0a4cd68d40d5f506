package org.rightsregistry.export;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rightsregistry.appeal.AppealListParams;
import org.rightsregistry.appeal.AppealRepository;
import org.rightsregistry.appeal.AppealService;
import org.rightsregistry.cases.CaseListParams;
import org.rightsregistry.cases.CaseRepository;
import org.rightsregistry.cases.CaseService;
import org.rightsregistry.charge.ChargeListParams;
import org.rightsregistry.charge.ChargeRepository;
import org.rightsregistry.charge.ChargeService;
import org.rightsregistry.common.export.Exports;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.person.PersonListParams;
import org.rightsregistry.person.PersonRepository;
import org.rightsregistry.person.PersonService;
import org.rightsregistry.sentence.SentenceListParams;
import org.rightsregistry.sentence.SentenceRepository;
import org.rightsregistry.sentence.SentenceService;
import org.rightsregistry.source.SourceListParams;
import org.rightsregistry.source.SourceRepository;
import org.rightsregistry.source.SourceService;

/**
 * Every record of each type that the caller may see, as the JSON of its list ({@code items}), in the list's default
 * order (creation), read page by page through the list services, so dumps obey exactly what lists obey.
 */
@ApplicationScoped
public class RecordStreams {

    /** The record types in the order a dump lists them: every record after the records it points at. */
    public enum Type {
        sources, persons, cases, charges, sentences, appeals
    }

    private final ObjectMapper mapper;
    private final SourceService sources;
    private final PersonService persons;
    private final CaseService cases;
    private final ChargeService charges;
    private final SentenceService sentences;
    private final AppealService appeals;

    public RecordStreams(ObjectMapper mapper, SourceService sources, PersonService persons, CaseService cases, ChargeService charges,
            SentenceService sentences, AppealService appeals) {
        this.mapper = mapper;
        this.sources = sources;
        this.persons = persons;
        this.cases = cases;
        this.charges = charges;
        this.sentences = sentences;
        this.appeals = appeals;
    }

    /** How many records of the type the caller may see. */
    public long count(Type type) {
        return pages(type, 1, true).apply(null).total();
    }

    /** Calls {@code each} with every visible record of the type, page by page. */
    public void forEach(Type type, Consumer<ObjectNode> each) {
        Function<String, Page<?>> pages = pages(type, Exports.BATCH, false);
        String cursor = null;
        do {
            Page<?> page = pages.apply(cursor);
            page.items().forEach(item -> each.accept(mapper.valueToTree(item)));
            cursor = page.nextCursor();
        } while (cursor != null);
    }

    private Function<String, Page<?>> pages(Type type, int size, boolean counted) {
        return switch (type) {
            case sources -> {
                var filter = new SourceListParams().filter();
                var first = new SourceListParams().page(SourceRepository.SORTABLE);
                yield cursor -> sources.list(filter, page(first, size, cursor, counted));
            }
            case persons -> {
                var filter = new PersonListParams().filter();
                var first = new PersonListParams().page(PersonRepository.SORTABLE);
                yield cursor -> persons.list(filter, page(first, size, cursor, counted));
            }
            case cases -> {
                var filter = new CaseListParams().filter();
                var first = new CaseListParams().page(CaseRepository.SORTABLE);
                yield cursor -> cases.list(filter, page(first, size, cursor, counted));
            }
            case charges -> {
                var filter = new ChargeListParams().filter();
                var first = new ChargeListParams().page(ChargeRepository.SORTABLE);
                yield cursor -> charges.list(filter, page(first, size, cursor, counted));
            }
            case sentences -> {
                var filter = new SentenceListParams().filter();
                var first = new SentenceListParams().page(SentenceRepository.SORTABLE);
                yield cursor -> sentences.list(filter, page(first, size, cursor, counted));
            }
            case appeals -> {
                var filter = new AppealListParams().filter();
                var first = new AppealListParams().page(AppealRepository.SORTABLE);
                yield cursor -> appeals.list(filter, page(first, size, cursor, counted));
            }
        };
    }

    private static <E> PageRequest<E> page(PageRequest<E> first, int size, String cursor, boolean counted) {
        PageRequest<E> page = first.exportPage(size, cursor);
        return counted ? new PageRequest<>(page.limit(), page.cursor(), page.sort(), page.descending(), true) : page;
    }
}
