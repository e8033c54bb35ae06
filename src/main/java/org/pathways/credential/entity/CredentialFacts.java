package org.pathways.credential.entity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a credential states about one certificate, gathered from the certificate, the course or
 * workshop and the catalog: the sentences are already in the credential's language.
 *
 * @param kind COURSE or WORKSHOP
 * @param achievementUrl the public page of the course or workshop
 * @param programUrl the public page of the program, null when the program is not in the catalog
 */
public record CredentialFacts(
    String code,
    String kind,
    String holderEmail,
    String identitySalt,
    String title,
    String description,
    String criteria,
    BigDecimal hours,
    String hoursName,
    Instant completedAt,
    String achievementUrl,
    String programSlug,
    String programName,
    String programUrl,
    int phase,
    String phaseName,
    String language) {}
