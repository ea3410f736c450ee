package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;

/**
 * JUnit XML, for CI systems that show test results: a test suite per region, a test case per criterion × subject.
 * A mandatory regional criterion NIET_VOLDAAN is a failure (what makes the exit code 1); a finding that is not
 * met yet or not known (open, unknown, not applicable, blocked nationally, advice not met) is skipped with its
 * status; met passes. Built as a DOM and serialised, never as strings.
 */
final class JunitRenderer implements Renderer {

    @Override
    public String naam() {
        return "junit";
    }

    @Override
    public String extensie() {
        return "xml";
    }

    @Override
    public void schrijf(Rapport rapport, OutputStream uit) throws IOException {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element alle = doc.createElement("testsuites");
            alle.setAttribute("name", "galacheck " + rapport.verantwoording().versie() + " peildatum " + rapport.toetsing().peildatum());
            doc.appendChild(alle);
            int tests = 0;
            int fouten = 0;
            for (RegioToetsing r : rapport.toetsing().regios()) {
                Element suite = suite(doc, rapport, r);
                alle.appendChild(suite);
                tests += Integer.parseInt(suite.getAttribute("tests"));
                fouten += Integer.parseInt(suite.getAttribute("failures"));
            }
            alle.setAttribute("tests", String.valueOf(tests));
            alle.setAttribute("failures", String.valueOf(fouten));
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.transform(new DOMSource(doc), new StreamResult(uit));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("JUnit-XML niet te maken: " + e.getMessage(), e);
        }
    }

    private static Element suite(Document doc, Rapport rapport, RegioToetsing r) {
        Element suite = doc.createElement("testsuite");
        suite.setAttribute("name", r.regio().code() + " " + r.regio().naam());
        suite.setAttribute("timestamp", rapport.toetsing().peildatum() + "T00:00:00");
        Element eigenschappen = doc.createElement("properties");
        for (String[] regel : Verantwoordingsregels.van(rapport)) {
            Element p = doc.createElement("property");
            p.setAttribute("name", regel[0]);
            p.setAttribute("value", regel[1]);
            eigenschappen.appendChild(p);
        }
        suite.appendChild(eigenschappen);
        int fouten = 0;
        int overgeslagen = 0;
        for (Bevinding b : r.bevindingen()) {
            Element geval = doc.createElement("testcase");
            geval.setAttribute("classname", r.regio().code() + "." + b.criterium().groep());
            geval.setAttribute("name", b.criterium().id() + " · " + b.onderwerp().label() + " — " + b.criterium().titel());
            geval.setAttribute("file", r.regio().bestand());
            if (!b.feiten().isEmpty() && b.feiten().get(0).regel() > 0) {
                geval.setAttribute("line", String.valueOf(b.feiten().get(0).regel()));
            }
            if (b.isVerplichtTekort()) {
                Element f = doc.createElement("failure");
                f.setAttribute("type", b.status().name());
                f.setAttribute("message", b.status().label() + " · " + Termijntekst.van(b) + " · " + b.melding());
                f.setTextContent("wat is nodig: " + b.herstel() + "\nbron: " + b.criterium().bron()
                        + "\nfeiten: " + Bevindingentabel.feiten(b.feiten()));
                geval.appendChild(f);
                fouten++;
            } else if (b.status() != Status.VOLDAAN) {
                Element s = doc.createElement("skipped");
                s.setAttribute("message", b.status().label() + " · " + Termijntekst.van(b) + " · " + b.melding());
                geval.appendChild(s);
                overgeslagen++;
            }
            suite.appendChild(geval);
        }
        suite.setAttribute("tests", String.valueOf(r.bevindingen().size()));
        suite.setAttribute("failures", String.valueOf(fouten));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", String.valueOf(overgeslagen));
        return suite;
    }
}
