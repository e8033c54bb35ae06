package org.pathways.transcript.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.transcript.entity.Transcript;
import org.pathways.transcript.entity.TranscriptItem;

/**
 * transcript/index.xhtml?from=&to=: the signed-in teacher's PD transcript as a table, for a range
 * chosen with a plain GET form (the school year by default), with its CSV and PDF.
 */
@Named
@RequestScoped
public class TranscriptPage {

  @Inject Transcripts transcripts;
  @Inject CurrentCaller current;

  private String from;
  private String to;
  private Transcript transcript;
  private final Map<String, String> errors = new HashMap<>();

  public void load() {
    try {
      transcript = transcripts.mine(current.get(), transcripts.range(current.get(), from, to));
    } catch (Refusal refusal) {
      if (refusal.kind() != Refusal.Kind.INVALID) {
        Pages.sendError(refusal);
        return;
      }
      Pages.errorText(null, Pages.format(refusal.message()));
      refusal.errors().forEach(e -> errors.put(e.field(), Pages.format(e.message())));
    }
  }

  public Transcript getTranscript() {
    return transcript;
  }

  public List<TranscriptItem> getItems() {
    return transcript == null ? List.of() : transcript.items();
  }

  /** The range as shown in the form: the one read (defaults filled in), or what was typed. */
  public String getShownFrom() {
    return transcript == null ? from : transcript.from().toString();
  }

  public String getShownTo() {
    return transcript == null ? to : transcript.to().toString();
  }

  public String getCsvUrl() {
    return download(TranscriptLinks.CSV);
  }

  public String getPdfUrl() {
    return download(TranscriptLinks.PDF);
  }

  private String download(String path) {
    UriBuilder uri = UriBuilder.fromPath(path);
    if (transcript != null) {
      uri.queryParam("from", transcript.from()).queryParam("to", transcript.to());
    }
    return uri.build().toString();
  }

  public String error(String field) {
    return errors.get(field);
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
