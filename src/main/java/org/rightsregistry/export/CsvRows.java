package org.rightsregistry.export;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.rightsregistry.common.error.ApiException;

/**
 * Reads RFC 4180 CSV row by row from a stream: cells separated by commas, a quoted cell may hold commas, line breaks
 * and doubled quotes; rows end with CRLF, LF or CR. Each row knows the physical line it starts on (from 1), which is
 * what a spreadsheet user looks for. A row keeps at most {@code maxCells} cells but counts them all, so a hostile row
 * of millions of commas costs no memory. A quote that never closes swallows the rest of the file, so it fails the
 * whole body rather than one row.
 */
final class CsvRows {

    /** One row: the line it starts on, its cells (at most the limit), how many it has, and what is wrong with it. */
    record Row(int line, List<String> cells, int count, String error) {

        /** An empty line, or a row of empty cells only (as spreadsheets leave at the end): it holds no record. */
        boolean blank() {
            return error == null && count == cells.size() && cells.stream().allMatch(String::isEmpty);
        }
    }

    private final Reader in;
    private final int maxCells;
    /** The physical line of the next character to read. */
    private int line = 1;
    private boolean afterCr;
    private int pushedBack = NONE;

    private static final int NONE = -2;

    CsvRows(Reader in, int maxCells) {
        this.in = in;
        this.maxCells = maxCells;
    }

    /** The next row, or {@code null} at the end of the body. */
    Row next() throws IOException {
        int start = line;
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        int count = 0;
        String error = null;
        StringBuilder cell = new StringBuilder();
        while (true) {
            if (c == '"') {
                int quotedFrom = line;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw ApiException.invalid("line " + quotedFrom, "a quoted cell starts here and never ends (a closing "
                                + "quote is missing); nothing was imported");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    cell.append((char) c);
                }
                if (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    if (error == null) {
                        error = "cell " + (count + 1) + " has text after its closing quote (a quote inside a quoted cell is "
                                + "written twice)";
                    }
                    while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                        cell.append((char) c);
                        c = read();
                    }
                }
            } else {
                while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                    cell.append((char) c);
                    c = read();
                }
            }
            if (count++ < maxCells) {
                cells.add(cell.toString());
            }
            cell.setLength(0);
            if (c != ',') {
                break;
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        return new Row(start, cells, count, error);
    }

    /** The next character, counting line breaks as they are read (CRLF as one). */
    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        int c = in.read();
        if (c == '\r' || (c == '\n' && !afterCr)) {
            line++;
        }
        afterCr = c == '\r';
        return c;
    }
}
