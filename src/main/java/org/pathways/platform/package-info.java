/**
 * What every feature shares: the database (its settings, schema migration and health), the
 * readiness and liveness checks, the security headers of every response, the REST application, the
 * public address that every link leaving the site starts from, the one limiter behind every "too
 * many attempts" ({@code pathways.limits.*}), the files of any webjar at {@code /webjars/NAME/PATH}
 * without its version, the API's own description ({@code /openapi}, browsable at {@code
 * /api-docs/}; error answers added in one place, {@code ProblemAnswers}), its one paging shape
 * ({@code PageRequest} in, {@code ResultPage} out) and the one reader of native SQL rows into
 * records ({@code SqlRow}), and the one writer of PDFs ({@code TaggedPdf}: every PDF the platform
 * makes is tagged PDF/UA-1, checked by veraPDF in the tests).
 *
 * <p>Rules: the schema belongs to Flyway migrations applied at start-up, never to JPA; the platform
 * keeps running while the database is away, reports not-ready, and recovers by itself when it is
 * back. Readiness answers anyone, so it says only UP or DOWN and a short reason; details go to the
 * log. Without a usable public address the platform is not ready and builds no mailed link. Ids in
 * API paths are typed {@code UUID} parameters, so a malformed one is a 404 problem like an unknown
 * one; ids in page parameters, form fields and servlet requests go through {@code UuidConverter}
 * (the Faces converter for {@code UUID}), where a malformed one is no id, so pages also answer 404
 * as for an unknown one. Lists take {@code ?page=&size=} (size at most 100). Every sentence users
 * see is a key of {@code org/pathways/i18n/messages.properties} (its scheme is written at its top);
 * rules and entities say what to tell as a {@code Message} (a key and its arguments, which may be
 * messages themselves) and the boundary puts it in the reader's words: {@code Pages.format} on a
 * page, {@code Texts} for the API, mail and PDFs. A {@code Refusal} carries a reason and messages
 * (what a page shows, what the API's detail says, each invalid field), never a sentence nor an HTTP
 * status: {@code RefusalStatus} is the one place that turns a reason into a status and a problem
 * title.
 */
package org.pathways.platform;
