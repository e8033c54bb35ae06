package org.pathways.transcript.boundary;

/** The transcript's pages and downloads. */
public final class TranscriptLinks {

  public static final String PAGE = "/transcript/index.xhtml";
  public static final String CSV = "/transcript/transcript.csv";
  public static final String PDF = "/transcript/transcript.pdf";
  public static final String VERIFY = "/transcript/verify.xhtml";

  private TranscriptLinks() {}
}
