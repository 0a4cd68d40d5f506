package org.rightsregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

class SearchTextTest {

    /** What {@link SearchText#latin} gives through ICU's whole chain, which it skips for ASCII text. */
    private static String throughIcu(String text) {
        return Transliterator.getInstance(SearchText.TO_LATIN).transliterate(text).replaceAll("['’ʹʼʻ`´]", "");
    }

    @Test
    void shouldGiveAsciiTextTheLatinFormIcuGivesIt() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
            for (String around : new String[] {"%s", "a%sb", "%sA", "Zh%sS", "%s%s"}) {
                String text = around.replace("%s", String.valueOf(c));
                assertEquals(throughIcu(text), SearchText.latin(text), () -> "character " + (int) text.charAt(0));
            }
        }
        assertEquals(throughIcu(every.toString()), SearchText.latin(every.toString()));
        Random random = new Random(20261206);
        for (int i = 0; i < 5000; i++) {
            char[] text = new char[1 + random.nextInt(24)];
            for (int j = 0; j < text.length; j++) {
                text[j] = (char) random.nextInt(0x80);
            }
            String ascii = new String(text);
            assertEquals(throughIcu(ascii), SearchText.latin(ascii), ascii);
        }
        for (String name : new String[] {"Aigerim Omarova", "O'Brien", "DZHAKISHEV Mukhtar", "Ye. Zhovtis, ID 95-0012", ""}) {
            assertEquals(throughIcu(name), SearchText.latin(name), name);
        }
    }

    @Test
    void shouldStillTransliterateEveryOtherText() {
        assertEquals("zhaqsylyqova", SearchText.latin("Жақсылықова"));
        assertEquals("aizhan obrien", SearchText.latin("Айжан O’Brien"));
        assertEquals("muller", SearchText.latin("Müller"));
    }
}
