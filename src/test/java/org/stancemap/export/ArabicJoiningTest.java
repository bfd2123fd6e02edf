package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Arabic letters take the form their neighbours call for, and normalising gives the letters back. */
class ArabicJoiningTest {

    @Test
    void aWordJoinsInitialMedialAndFinal() {
        // سلمى: seen initial, lam medial, meem medial, alef maksura final.
        assertEquals("\uFEB3\uFEE0\uFEE4\uFEF0", ArabicJoining.shape("سلمى"));
    }

    @Test
    void aRightJoiningLetterBreaksTheWord() {
        // حداد: hah initial, dal final (dal never joins what follows), alef isolated, dal isolated.
        assertEquals("\uFEA3\uFEAA\uFE8D\uFEA9", ArabicJoining.shape("حداد"));
    }

    @Test
    void lamBeforeAlefBecomesOneLigature() {
        assertEquals("\uFEFB", ArabicJoining.shape("لا"));
        // After a joining letter the ligature takes its final form: بلا.
        assertEquals("\uFE91\uFEFC", ArabicJoining.shape("بلا"));
        // With hamza above: لأ.
        assertEquals("\uFEF7", ArabicJoining.shape("لأ"));
    }

    @Test
    void vowelMarksDoNotBreakAJoin() {
        // بَب: the fatha between the two behs is skipped when deciding their forms.
        assertEquals("\uFE91\u064E\uFE90", ArabicJoining.shape("بَب"));
    }

    @Test
    void tatweelMakesItsNeighboursJoin() {
        assertEquals("\uFE91\u0640", ArabicJoining.shape("بـ"));
    }

    @Test
    void otherTextIsLeftAlone() {
        assertEquals("peace, שלום, 和平 1948", ArabicJoining.shape("peace, שלום, 和平 1948"));
    }

    @Test
    void normalisingTheShapedTextGivesTheArticlesLettersBack() {
        String text = "لا نريد الانتظار، الماء حق للجميع";
        assertEquals(text, Normalizer.normalize(ArabicJoining.shape(text), Normalizer.Form.NFKC));
    }

    @Test
    void aZeroWidthNonJoinerBreaksTheJoinAndSurvivesCleaning() {
        // Persian می‌خ: meem initial, farsi yeh final, non-joiner, khah isolated.
        String word = TextLines.inline("می\u200Cخ");
        assertEquals("\uFEE3\uFBFD\u200C\uFEA5", ArabicJoining.shape(word));
    }
}
