package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;

/** JUnit XML parsed back: a test case per finding, failures exactly the mandatory regional gaps. */
class JunitRendererTests {

    @Test
    void eenTestgevalPerBevindingEnFalenAlleenVoorVerplichteTekorten() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Voorbeeldrapport.bytes("junit")));
        Element alle = doc.getDocumentElement();
        assertEquals("testsuites", alle.getTagName());
        NodeList suites = alle.getElementsByTagName("testsuite");
        assertEquals(Voorbeeldrapport.rapport().toetsing().regios().size(), suites.getLength());
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            RegioToetsing r = Voorbeeldrapport.rapport().toetsing().regios().get(i);
            assertTrue(suite.getAttribute("name").startsWith(r.regio().code() + " "));
            assertEquals(r.bevindingen().size(), suite.getElementsByTagName("testcase").getLength());
            long tekorten = r.bevindingen().stream().filter(Bevinding::isVerplichtTekort).count();
            assertEquals(tekorten, suite.getElementsByTagName("failure").getLength());
            assertEquals(String.valueOf(tekorten), suite.getAttribute("failures"));
            NodeList fouten = suite.getElementsByTagName("failure");
            for (int f = 0; f < fouten.getLength(); f++) {
                Element geval = (Element) fouten.item(f).getParentNode();
                assertTrue(geval.getAttribute("file").equals(r.regio().bestand()));
                assertTrue(fouten.item(f).getTextContent().contains("wat is nodig: "));
            }
        }
        assertTrue(Integer.parseInt(alle.getAttribute("failures")) > 0, "Oost en West hebben verplichte tekorten");
    }
}
