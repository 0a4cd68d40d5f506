package org.rightsregistry.common.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.RestResponse;
import org.rightsregistry.common.paging.ListParams;
import org.rightsregistry.common.paging.Page;
import org.rightsregistry.common.paging.PageRequest;
import org.rightsregistry.common.web.Lists;

/**
 * Streams every record of a list as CSV or NDJSON, page by page through the list's own query (its filters, its
 * order, and what the caller may see), so memory stays flat whatever the number of rows: each page of
 * {@value #BATCH} records is read in its own transaction, written, and dropped; reading stops when the client has gone
 * ({@link StreamedBody}).
 */
@ApplicationScoped
public class Exports {

    /** Records per page read from the database. */
    public static final int BATCH = 500;

    private final ObjectMapper mapper;
    private final HttpServerRequest request;

    public Exports(ObjectMapper mapper, HttpServerRequest request) {
        this.mapper = mapper;
        this.request = request;
    }

    /**
     * The answer to a list request: its JSON page, or, when {@code export} asks for CSV or NDJSON, every record of the
     * list streamed page by page in the same order (handed to the HTTP layer as {@link StreamedExport}). {@code list}
     * reads one page; {@code name} names the file ({@code persons.csv}).
     */
    public <T, E> RestResponse<Page<T>> answer(ExportParams export, ListParams params, PageRequest<E> page, String name, Class<T> type,
            Function<PageRequest<E>, Page<T>> list, UriInfo uri) {
        ExportFormat format = export.requested(params.limit, params.cursor);
        if (format == null) {
            return Lists.response(list.apply(page), uri);
        }
        throw stream(format, export.bom(), name, type, cursor -> list.apply(page.exportPage(BATCH, cursor)));
    }

    private <T> StreamedExport stream(ExportFormat format, boolean bom, String name, Class<T> type, Function<String, Page<T>> pages) {
        StreamingOutput body = StreamedBody.of(request.response(), out -> {
            List<CsvColumns.Column> columns = CsvColumns.columns(type);
            if (format == ExportFormat.CSV) {
                if (bom) {
                    out.write('\uFEFF');
                }
                Csv.row(out, CsvColumns.of(type));
            }
            String cursor = null;
            do {
                Page<T> page = pages.apply(cursor);
                for (T item : page.items()) {
                    if (format == ExportFormat.CSV) {
                        List<String> cells = new ArrayList<>(columns.size());
                        columns.forEach(c -> cells.add(CsvColumns.cell(item, c, mapper)));
                        Csv.row(out, cells);
                    } else {
                        out.write(mapper.writeValueAsString(item));
                        out.write('\n');
                    }
                }
                out.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
        });
        return new StreamedExport(Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"")
                .build());
    }
}
