/**
 * Open Badges 3.0 credentials: every course and workshop certificate is also an
 * OpenBadgeCredential, signed by the platform as a VC-JWT (ES256).
 *
 * <p>Rules: the issuer's keys live in the database (or one is configured), every key ever used
 * stays published so earlier credentials keep verifying; a credential goes to its holder, or to
 * anyone once the holder made it public, and is otherwise not found; the holder is named by a
 * salted hash of their email, never the email; revocation is the certificate's (learning), and the
 * status list here only publishes it as a W3C Bitstring Status List.
 */
package org.pathways.credential;
