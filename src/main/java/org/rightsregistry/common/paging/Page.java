package org.rightsregistry.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, how many match in all, and the cursor of the next page. */
@Schema(description = "One page of a list: the items, how many match in all, and the cursor of the next page. When there "
        + "is a next page, the response also carries a `Link: <url>; rel=\"next\"` header with its full URL.")
public record Page<T>(
        @Schema(description = "The records of this page, in the requested order.", required = true)
        List<T> items,
        @Schema(description = "How many records match the filters in all pages.", required = true, example = "123")
        long total,
        @Schema(description = "Pass as `cursor` to get the next page; `null` on the last page.", nullable = true,
                example = "eyJzIjoiY3JlYXRlZEF0IiwidiI6IjIwMjYtMTEtMjlUMTA6MDA6MDBaIiwiaSI6IjNmYTg1ZjY0In0")
        String nextCursor) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, nextCursor);
    }
}
