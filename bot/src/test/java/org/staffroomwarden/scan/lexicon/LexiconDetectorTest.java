package org.staffroomwarden.scan.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.staffroomwarden.scan.Detect;

class LexiconDetectorTest {

    private static final LexiconDetector DETECTOR = new LexiconDetector(Lexicon.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "this printer is shit|shit",
        "what the fuck is going on|fuck",
        "f*ck this|f*ck",
        "f**king Ofsted|f**king",
        "sh1t day|sh1t",
        "5hit day|5hit",
        "s h i t day|s h i t",
        "s.h.i.t day|s.h.i.t",
        "f-u-c-k it|f-u-c-k",
        "shiiiiit|shiiiiit",
        "fuuuuuck me|fuuuuuck",
        "sh\u200Bit|sh\u200Bit",
        "\u0455h\u0456t|\u0455h\u0456t",
        "ｆｕｃｋ|ｆｕｃｋ",
        "shït|shït",
        "what a clusterfuck|clusterfuck",
        "absolute wanker|wanker",
        "he's a dick|dick",
        "bloody photocopier|bloody",
        "can't be arsed|arsed",
        "bollocks to marking|bollocks",
        "SHITTY day|SHITTY",
        "where the f*** is the stapler|f***",
        "what a fvcking mess|fvcking",
    })
    void findsSwearingInEveryDisguise(String text, String word) {
        List<String> spans = Detect.spans(DETECTOR, text);
        assertEquals(1, spans.size(), () -> spans.toString());
        assertEquals(word, spans.get(0).substring(spans.get(0).indexOf(':') + 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Scunthorpe away match on Saturday",
        "Penistone trip forms",
        "please assess the Year 9 essays",
        "cocktail sticks for the DT lesson",
        "Dickens for Year 10, Great Expectations",
        "Dick Whittington panto tickets",
        "shiitake mushrooms in food tech",
        "Sussex and Essex and Middlesex",
        "bass and bassoon in the orchestra",
        "classic assessment passage",
        "the peacock in the shuttlecock story",
        "hello, the shell is in the tray",
        "a swanky new hall",
        "arsenal won",
        "titration in chemistry",
        "cumulative scores",
        "flame retardant curtains",
        "scrap paper in the tray",
        "Can Priya cover 4B period 3?",
        "pass the document to Hancock",
        "Mrs S*** said the register is wrong",
        "the D**** family have moved",
    })
    void leavesWordsThatOnlyContainOneAlone(String text) {
        assertEquals(List.of(), Detect.spans(DETECTOR, text));
    }

    @Test
    void aSlurIsAlsoDerogatory() {
        List<String> spans = Detect.spans(DETECTOR, "stop calling him a retard");
        assertTrue(spans.contains("SLUR:retard"), spans::toString);
        assertTrue(spans.contains("DEMEANING:retard"), spans::toString);
    }

    @Test
    void phrasesMatchAcrossHyphens() {
        assertTrue(Detect.spans(DETECTOR, "a right balls-up with the rota").contains("PROFANITY:balls-up"));
    }

    @Test
    void phrasesMatchAcrossWords() {
        assertTrue(Detect.spans(DETECTOR, "oh sod off").contains("PROFANITY:sod off"));
        assertEquals(List.of(), Detect.spans(DETECTOR, "sod's law, the bus is off"));
    }

    @Test
    void anInnocentNounIsAnInsultOnlyAfterAWordThatMakesItOne() {
        assertTrue(Detect.spans(DETECTOR, "she's a lazy cow").contains("PROFANITY:lazy cow"));
        assertTrue(Detect.spans(DETECTOR, "he's a total knob tbh").contains("PROFANITY:total knob"));
        assertTrue(Detect.spans(DETECTOR, "shut up Dave you absolute tool").contains("PROFANITY:absolute tool"));
        assertEquals(List.of(), Detect.spans(DETECTOR, "the Y1s met a cow and her calf on the farm trip"));
        assertEquals(List.of(), Detect.spans(DETECTOR, "is this the right tool for the job"));
        assertEquals(List.of(), Detect.spans(DETECTOR, "the blue tit nest box camera is live"));
        assertEquals(List.of(), Detect.spans(DETECTOR, "put each answer in its own div on the web page"));
    }
}
