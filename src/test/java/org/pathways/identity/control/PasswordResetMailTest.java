package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordResetMailTest {

  @Test
  void theMailGreetsTheHolderAndCarriesTheLinkAndItsLifetime() {
    PasswordResetMail mail =
        PasswordResetMail.to("Kim O'Hara {0}", 60, "https://pathways.test/reset?token=abc");

    assertThat(mail.subject()).isEqualTo("Reset your Pathways password");
    assertThat(mail.body())
        .isEqualTo(
            "Hello Kim O'Hara {0},\n\nSomeone asked to reset the password of your Pathways"
                + " account. If it was you, open this link within 60 minutes to choose a new"
                + " password:\n\nhttps://pathways.test/reset?token=abc\n\nIf it was not you,"
                + " ignore this message: your password stays as it is.\n");
  }

  @Test
  void longLifetimesAreWrittenWithoutGrouping() {
    assertThat(PasswordResetMail.to("Kim", 1440, "link").body()).contains("within 1440 minutes");
  }
}
