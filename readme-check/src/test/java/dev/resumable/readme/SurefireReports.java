package dev.resumable.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The counts of a Surefire run, from the XML reports it wrote. */
record SurefireReports(int tests, int failures, int errors, int skipped, List<String> suites) {

  static SurefireReports read(Path reportsDirectory) throws IOException {
    if (!Files.isDirectory(reportsDirectory)) {
      return new SurefireReports(0, 0, 0, 0, List.of());
    }
    int tests = 0;
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    List<Path> reports;
    try (Stream<Path> files = Files.list(reportsDirectory)) {
      reports = files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
          .sorted().toList();
    }
    List<String> suites = new java.util.ArrayList<>();
    for (Path report : reports) {
      Element suite = parse(report);
      suites.add(suite.getAttribute("name"));
      tests += Integer.parseInt(suite.getAttribute("tests"));
      failures += Integer.parseInt(suite.getAttribute("failures"));
      errors += Integer.parseInt(suite.getAttribute("errors"));
      skipped += Integer.parseInt(suite.getAttribute("skipped"));
    }
    return new SurefireReports(tests, failures, errors, skipped, List.copyOf(suites));
  }

  private static Element parse(Path report) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("unreadable Surefire report " + report, e);
    }
  }
}
