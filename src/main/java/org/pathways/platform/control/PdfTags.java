package org.pathways.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The tagging of a PDF/UA-1 document: the structure tree under one Document element, marked content
 * (each with an MCID that the parent tree maps back to its element), annotations as objects of
 * their element, and the catalog entries PDF/UA asks for (language, title shown, MarkInfo, XMP
 * metadata that claims PDF/UA-1).
 */
final class PdfTags {

  private final PDDocument document;
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final PDStructureElement top;

  /** Per page: its StructParents key and the element of each MCID on it, in order. */
  private final Map<PDPage, Integer> pageKeys = new LinkedHashMap<>();

  private final Map<Integer, List<PDStructureElement>> byMcid = new LinkedHashMap<>();
  private final Map<Integer, PDStructureElement> annotations = new LinkedHashMap<>();
  private int nextKey;

  PdfTags(PDDocument document) {
    this.document = document;
    document.getDocumentCatalog().setStructureTreeRoot(root);
    top = new PDStructureElement("Document", root);
    root.appendKid(top);
  }

  PDStructureElement document() {
    return top;
  }

  /** A new element of a standard type, the last child of its parent. */
  PDStructureElement element(String type, PDStructureNode parent) {
    PDStructureElement element = new PDStructureElement(type, parent);
    parent.appendKid(element);
    return element;
  }

  /** Opens marked content on the page that belongs to the element; close it with EMC. */
  void begin(PDStructureElement element, PDPage page, PDPageContentStream stream)
      throws IOException {
    int key = pageKeys.computeIfAbsent(page, p -> newKey());
    List<PDStructureElement> mcids = byMcid.computeIfAbsent(key, k -> new ArrayList<>());
    int mcid = mcids.size();
    mcids.add(element);
    page.setStructParents(key);
    if (element.getPage() == null) {
      element.setPage(page);
    }
    PDMarkedContentReference reference = new PDMarkedContentReference();
    reference.setPage(page);
    reference.setMCID(mcid);
    element.appendKid(reference);
    stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
  }

  /** Makes the annotation (on its page already) an object of the element. */
  void annotation(PDStructureElement element, PDAnnotation annotation, PDPage page) {
    int key = newKey();
    annotation.setStructParent(key);
    annotations.put(key, element);
    PDObjectReference reference = new PDObjectReference();
    reference.setReferencedObject(annotation);
    reference.setPage(page);
    element.appendKid(reference);
  }

  private int newKey() {
    return nextKey++;
  }

  /** The parent tree and the catalog entries; call once, before saving. */
  void finish(Locale language, String title, String author) throws IOException {
    COSArray nums = new COSArray();
    for (int key = 0; key < nextKey; key++) {
      nums.add(COSInteger.get(key));
      if (annotations.containsKey(key)) {
        nums.add(annotations.get(key));
      } else {
        COSArray elements = new COSArray();
        byMcid.getOrDefault(key, List.of()).forEach(elements::add);
        nums.add(elements);
      }
    }
    COSDictionary tree = new COSDictionary();
    tree.setItem(COSName.NUMS, nums);
    root.setParentTree(new PDNumberTreeNode(tree, COSDictionary.class));
    root.setParentTreeNextKey(nextKey);

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(language.toLanguageTag());
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    document.getDocumentInformation().setTitle(title);
    if (author != null) {
      document.getDocumentInformation().setAuthor(author);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(language, title, author));
    catalog.setMetadata(metadata);
    for (PDPage page : document.getPages()) {
      page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }
  }

  private static byte[] xmp(Locale language, String title, String author) throws IOException {
    String lang = escape(language.toLanguageTag());
    StringBuilder xml = new StringBuilder();
    xml.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(escape(title))
        .append("</rdf:li></rdf:Alt></dc:title>\n")
        .append("<dc:language><rdf:Bag><rdf:li>")
        .append(lang)
        .append("</rdf:li></rdf:Bag></dc:language>\n");
    if (author != null) {
      xml.append("<dc:creator><rdf:Seq><rdf:li>")
          .append(escape(author))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    xml.append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
        .append("<?xpacket end=\"w\"?>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String escape(String text) {
    return text.replaceAll("[\\p{Cntrl}]", " ")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
