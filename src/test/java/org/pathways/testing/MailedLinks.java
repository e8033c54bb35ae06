package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The secrets of links the platform mailed, read from its outbox table as the recipient would read
 * them in their mail (the tests' server has no SMTP server).
 */
public final class MailedLinks {

  private static final Pattern INVITATION =
      Pattern.compile("/identity/invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private MailedLinks() {}

  /** The token of the latest invitation mailed to this address; fails when there is none. */
  public static String invitation(DataSource database, String recipient) {
    return latest(database, recipient, INVITATION)
        .orElseThrow(() -> new AssertionError("no invitation was mailed to " + recipient));
  }

  /** Whether an invitation was mailed to this address at all. */
  public static boolean invited(DataSource database, String recipient) {
    return latest(database, recipient, INVITATION).isPresent();
  }

  /** Accepts the latest invitation mailed to this person, as they would through the API. */
  public static void acceptInvitation(DataSource database, Api api, Api.Person person) {
    Api.Answer accepted =
        api.call(
            "POST",
            "/api/me/invitations",
            Api.object("token", invitation(database, person.email())),
            person.token());
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
  }

  private static Optional<String> latest(DataSource database, String recipient, Pattern link) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select body from mail_outbox where recipient = ? order by id desc")) {
      statement.setString(1, recipient.toLowerCase(java.util.Locale.ROOT));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          Matcher found = link.matcher(rows.getString(1));
          if (found.find()) {
            return Optional.of(found.group(1));
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
