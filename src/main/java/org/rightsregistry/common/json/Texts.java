package org.rightsregistry.common.json;

/** The one rule for text the registry stores: printable Unicode, with tabs and line breaks allowed. */
public final class Texts {

    private Texts() {
    }

    /** @return why the text is refused, or {@code null} when it is acceptable */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                    || c == 0xFFFE || c == 0xFFFF) {
                return String.format("contains the control character U+%04X", (int) c);
            }
        }
        return null;
    }
}
