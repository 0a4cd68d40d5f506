package org.rightsregistry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.Entity;

import org.rightsregistry.appeal.Appeal;
import org.rightsregistry.charge.Charge;
import org.rightsregistry.common.record.RegistryRecord;
import org.rightsregistry.search.SearchHit.HitType;
import org.rightsregistry.sentence.Sentence;
import org.rightsregistry.source.Source;

/**
 * A record type whose search keys live in {@code record_search_key}: which of its fields are searched, and how a hit
 * on it is titled. Short fields give words that rank like a case's title; long texts rank like a case's summary.
 *
 * @param type       the hit type, also the {@code record_type} of its keys
 * @param entity     the entity class
 * @param indexable  a JPQL condition on {@code r} that holds when the record has something to search
 * @param fields     the searched fields of a record, in the order a snippet prefers them
 * @param title      the title of a hit
 */
public record IndexedType<E extends RegistryRecord>(HitType type, Class<E> entity, String indexable,
        Function<E, List<Field>> fields, Function<E, String> title) {

    public static final IndexedType<Charge> CHARGE = new IndexedType<>(HitType.CHARGE, Charge.class, "r.law is not null",
            c -> List.of(Field.words(c.getLaw()), Field.words(c.getArticle()), Field.words(c.getArticleText()),
                    Field.text(c.getDescription())),
            c -> join(" ", c.getLaw(), c.getArticle()));

    public static final IndexedType<Sentence> SENTENCE = new IndexedType<>(HitType.SENTENCE, Sentence.class, "r.court is not null",
            s -> List.of(Field.words(s.getCourt())),
            s -> join(", ", s.getCourt(), s.getDecidedOn()));

    public static final IndexedType<Appeal> APPEAL = new IndexedType<>(HitType.APPEAL, Appeal.class, "r.body is not null",
            a -> List.of(Field.words(a.getBody())),
            a -> join(", ", a.getBody(), a.getFiledOn()));

    public static final IndexedType<Source> SOURCE = new IndexedType<>(HitType.SOURCE, Source.class, "r.title is not null",
            s -> List.of(Field.words(s.getTitle()), Field.words(s.getPublisher()), Field.words(s.getAuthor())),
            Source::getTitle);

    /** Every type in {@code record_search_key}, in the order the start-up backfill handles them. */
    public static final List<IndexedType<?>> ALL = List.of(CHARGE, SENTENCE, APPEAL, SOURCE);

    /** The type of a record, or an {@link IllegalArgumentException} for a type that is not in {@code record_search_key}. */
    @SuppressWarnings("unchecked")
    static <E extends RegistryRecord> IndexedType<E> of(E record) {
        for (IndexedType<?> type : ALL) {
            if (type.entity().isInstance(record)) {
                return (IndexedType<E>) type;
            }
        }
        throw new IllegalArgumentException("No search keys for " + record.getClass().getName());
    }

    public String entityName() {
        return entity.getAnnotation(Entity.class).name();
    }

    List<Field> fieldsOf(RegistryRecord record) {
        return fields.apply(entity.cast(record));
    }

    String titleOf(RegistryRecord record) {
        return title.apply(entity.cast(record));
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }

    /** A searched field's text; {@code longText} for running text (its words rank below those of short fields). */
    public record Field(String text, boolean longText) {

        static Field words(String text) {
            return new Field(text, false);
        }

        static Field text(String text) {
            return new Field(text, true);
        }
    }
}
