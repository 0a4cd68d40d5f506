package org.rightsregistry.common.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a cell quoted when it holds a comma, a quote, CR or LF (quotes
 * doubled). A cell that a spreadsheet would run as a formula (it begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or CR) is written with a leading {@code '}, so opening an export never executes its contents.
 */
public final class Csv {

    private Csv() {
    }

    public static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(neutralised(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralised(String cell) {
        return !cell.isEmpty() && startsFormula(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** The reverse of the neutralising, for a cell read back: the {@code '} before a formula's first character goes. */
    public static String unneutralised(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && startsFormula(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
