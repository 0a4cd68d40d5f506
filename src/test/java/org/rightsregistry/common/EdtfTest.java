package org.rightsregistry.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rightsregistry.common.date.Edtf;

class EdtfTest {

    @Test
    void shouldCompareByTheFirstDayAndKnowTheLast() {
        assertThat(Edtf.parse("2020").firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(Edtf.parse("2020").lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(Edtf.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(Edtf.parse("2020-11-25~").firstDay()).isEqualTo(LocalDate.of(2020, 11, 25));
        assertThat(Edtf.parse("2020?").qualifier()).isEqualTo("?");
    }

    @Test
    void shouldRefuseWhatIsNotADate() {
        for (String text : new String[] {"2020-00", "2020-02-30", "2021-02-29", "0000", "20200", "2020-11-25T00:00", "2020~?", "-2020"}) {
            assertThat(Edtf.parse(text)).as(text).isNull();
        }
        assertThat(Edtf.parse("2020-02-29")).isNotNull();
    }

    @Test
    void shouldAddMonthsWithoutInventingPrecision() {
        assertThat(Edtf.parse("2021-03-15").plusMonths(72)).isEqualTo("2027-03-15");
        assertThat(Edtf.parse("2021-03").plusMonths(5)).isEqualTo("2021-08");
        assertThat(Edtf.parse("2021").plusMonths(24)).isEqualTo("2023");
        assertThat(Edtf.parse("2021").plusMonths(30)).isEqualTo("2023~");
        assertThat(Edtf.parse("2021?").plusMonths(12)).isEqualTo("2022?");
        assertThat(Edtf.parse("2020-01-31").plusMonths(1)).isEqualTo("2020-02-29");
        assertThat(Edtf.parse("9990").plusMonths(240)).isNull();
    }
}
