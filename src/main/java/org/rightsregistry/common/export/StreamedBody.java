package org.rightsregistry.common.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.StreamingOutput;

import io.vertx.core.http.HttpServerResponse;
import org.jboss.logging.Logger;
import org.rightsregistry.common.web.RequestIds;

/**
 * The body of a streamed export, which stops as soon as its client has gone. The HTTP layer takes writes to a closed
 * connection without complaint, so an export whose client had left (a {@code curl | head}, a client's timeout before
 * it retries) would go on reading every record of its list, page after page, for nobody, and several of them would
 * hold the database's and the application's CPU for minutes. Each write of the body's buffer (64 KiB of text) first
 * checks that the connection is open; when it is not, the export reads no further page and ends with one line in the
 * log (the request's id, nothing of the records).
 */
public final class StreamedBody {

    private static final Logger LOG = Logger.getLogger(StreamedBody.class);

    /** Writes the body; an {@link IOException} ends it. */
    public interface Writing {
        void write(BufferedWriter out) throws IOException;
    }

    private StreamedBody() {
    }

    /** The body {@code writing} writes, to the client of {@code response} while it is there. */
    public static StreamingOutput of(HttpServerResponse response, Writing writing) {
        String requestId = RequestIds.current();
        return stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new Watched(stream, response), StandardCharsets.UTF_8), 1 << 16);
            try {
                writing.write(out);
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (!gone(e)) {
                    throw e;
                }
                LOG.infof("Export stopped in request %s: the client closed the connection", requestId);
            }
        };
    }

    private static boolean gone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientGone) {
                return true;
            }
        }
        return false;
    }

    /** The client closed the connection before the end of the body. */
    static final class ClientGone extends IOException {

        private static final long serialVersionUID = 1L;

        ClientGone() {
            super("the client closed the connection");
        }
    }

    /** The response's stream, which refuses a write once the connection is closed. */
    private static final class Watched extends FilterOutputStream {

        private final HttpServerResponse response;

        Watched(OutputStream out, HttpServerResponse response) {
            super(out);
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            open();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            open();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            open();
            out.flush();
        }

        private void open() throws ClientGone {
            if (response.closed()) {
                throw new ClientGone();
            }
        }
    }
}
