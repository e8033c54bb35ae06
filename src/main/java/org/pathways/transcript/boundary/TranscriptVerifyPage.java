package org.pathways.transcript.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.platform.boundary.Pages;
import org.pathways.transcript.entity.Transcript;

/** transcript/verify.xhtml?code=: anyone with a transcript's code sees the same lines. */
@Named
@RequestScoped
public class TranscriptVerifyPage {

  @Inject Transcripts transcripts;

  private String code;
  private Transcript transcript;

  @PostConstruct
  void load() {
    code = Pages.param("code");
    transcript = isChecked() ? transcripts.verified(code).orElse(null) : null;
  }

  public boolean isChecked() {
    return code != null && !code.isBlank();
  }

  public String getCode() {
    return code;
  }

  public Transcript getTranscript() {
    return transcript;
  }
}
