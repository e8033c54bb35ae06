/**
 * Pathways as an LTI 1.3 tool (Advantage core): an administrator registers an LMS, which then
 * launches its users into a Pathways course.
 *
 * <p>Rules: the tool signs with one RSA key made at first use and kept in the database (every
 * instance signs with it; {@code /lti/jwks} publishes only its public half). A platform is known by
 * (issuer, client id), its endpoints are https (http only for localhost). Login initiation keeps a
 * state and a nonce server-side for ten minutes under a random key in the browser's cookie; the
 * launch takes them once, so a replayed id_token finds nothing. The id_token must be signed by a
 * key of the platform's JWKS (fetched, cached, fetched again for an unknown kid at most once a
 * minute) and name the registered issuer, the client id as audience (and as azp when it has
 * several), a registered deployment, the stored nonce, an unexpired time, a resource-link or deep
 * linking message and version 1.3.0 ({@link org.pathways.lti.control.LaunchCheck}). The launch
 * signs in the account linked to the platform's (issuer, sub), or makes one from its name and
 * email, never taking over another account's email; then enrols that account in the course the
 * custom claim {@code course} names. A deep linking launch signs in the same way and offers the
 * open courses; its answer is a JWT signed with the tool key that places one course as a resource
 * link. Pages of a session opened by a launch may be framed by that platform's origins, and only
 * they: every other session keeps {@code frame-ancestors 'none'}. Every refusal is the plain page
 * {@code lti/refused.xhtml} and an audit entry.
 *
 * <p>Grades (Assignment and Grade Services): a launch that grants the score scope on a line item
 * keeps a grade link; a sweep sends the course's progress (whole percent, 1.0 once complete) when
 * it differs from the score the LMS acknowledged, each link claimed in its own transaction and sent
 * outside any, with a client-credentials token whose JWT assertion the tool key signs; failures
 * wait 1, 2, 4 ... minutes up to 6 hours ({@link org.pathways.lti.control.Scores}).
 */
package org.pathways.lti;
