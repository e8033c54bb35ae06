package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Languages;

class PasswordResetMailTest {

  @Test
  void theMailGreetsTheHolderAndCarriesTheLinkAndItsLifetime() {
    PasswordResetMail mail =
        PasswordResetMail.to(
            "Kim O'Hara {0}", Locale.ENGLISH, 60, "https://pathways.test/reset?token=abc");

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
    assertThat(PasswordResetMail.to("Kim", Locale.ENGLISH, 1440, "link").body())
        .contains("within 1440 minutes");
  }

  @Test
  void aTeacherWhoReadsSpanishGetsTheMailInSpanish() {
    PasswordResetMail mail = PasswordResetMail.to("Ana", Languages.SPANISH, 60, "link");

    assertThat(mail.subject()).isEqualTo("Restablezca su contraseña de Pathways");
    assertThat(mail.body()).startsWith("Hola, Ana:").contains("60 minutos").contains("link");
  }
}
