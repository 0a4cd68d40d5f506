package org.rightsregistry.charge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The article filter shared by every list: {@code 405} matches article 405 and each of its parts ({@code 405(1)},
 * {@code 405(2)}), because journalists ask about an article and sources cite parts; {@code 405(2)} matches only itself.
 */
public final class Articles {

    private Articles() {
    }

    /** A clause on the article at {@code path}, with {@code ?} for each value it appends to {@code values}. */
    public static String clause(String path, Collection<String> articles, List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (String article : articles) {
            parts.add(path + " = ?");
            values.add(article);
            if (!article.contains("(")) {
                parts.add(path + " like ? escape '!'");
                values.add(article.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "(%");
            }
        }
        return "(" + String.join(" or ", parts) + ")";
    }
}
