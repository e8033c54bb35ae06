package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.platform.control.LogText;
import org.pathways.platform.entity.OutboxMail;

/**
 * Sends mail through Jakarta Mail when {@code pathways.mail.smtp.host} is set; without it, the
 * message stays in the outbox table and the log says so (never with its body, which may carry a
 * secret link), so that the embedded default works with no mail server.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.mail.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "pathways.mail.smtp.port", defaultValue = "587")
  int smtpPort;

  @Inject
  @ConfigProperty(
      name = "pathways.mail.from",
      defaultValue = "Pathways <no-reply@pathways.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "pathways.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "pathways.mail.smtp.password")
  Optional<String> smtpPassword;

  /**
   * Keeps the message in the outbox (in the caller's transaction) and sends it at once when an SMTP
   * server is configured; a failure is recorded on the message and logged.
   */
  @Transactional
  public void send(String recipient, String subject, String body) {
    OutboxMail mail = new OutboxMail(recipient, subject, body, clock.instant());
    em.persist(mail);
    if (smtpHost.isEmpty()) {
      LOG.info(
          () ->
              "No SMTP server configured (pathways.mail.smtp.host): mail \""
                  + LogText.safe(subject)
                  + "\" to "
                  + LogText.safe(recipient)
                  + " is kept in the outbox table.");
      return;
    }
    try {
      Properties properties = new Properties();
      properties.put("mail.smtp.host", smtpHost.get());
      properties.put("mail.smtp.port", String.valueOf(smtpPort));
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.connectiontimeout", "10000");
      properties.put("mail.smtp.timeout", "10000");
      Session session;
      if (smtpUser.isPresent()) {
        properties.put("mail.smtp.auth", "true");
        String user = smtpUser.get();
        String password = smtpPassword.orElse("");
        session =
            Session.getInstance(
                properties,
                new jakarta.mail.Authenticator() {
                  @Override
                  protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user, password);
                  }
                });
      } else {
        session = Session.getInstance(properties);
      }
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
      mail.sent(clock.instant());
    } catch (MessagingException e) {
      mail.failed(e.getMessage());
      LOG.warning(
          () ->
              "Mail to "
                  + LogText.safe(recipient)
                  + " could not be sent: "
                  + LogText.safe(e.getMessage()));
    }
  }
}
