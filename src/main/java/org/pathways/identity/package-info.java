/**
 * Accounts, roles, sign-in and access control.
 *
 * <p>Rules: passwords are hashed with PBKDF2-HMAC-SHA-256 (600,000 iterations by default) and the
 * 10,000 most common are refused; hashing runs on a few threads of its own with a short queue, and
 * a hash that cannot start within about 2 s is refused with 503 and Retry-After (not counted as a
 * failed attempt), so that a crowd signing in never starves those signed in; unknown email and
 * wrong password get the same answer in about the same time; ten failures in fifteen minutes for an
 * account or an address lock sign-in with 429 (each attempt taken before hashing, given back on
 * success); sign-ups are limited per address and reset requests per address and per email, and a
 * reset link is looked up and mailed after the answer, so that neither answer nor time tells which
 * emails have accounts; the address is the one the trusted proxies appended to X-Forwarded-For,
 * never what the client wrote; bearer tokens are stored hashed, expire and can be revoked; the API
 * acts only on bearer tokens, pages on the session, decided by what serves the request rather than
 * by how its path is spelled, and signed in only while its row in {@code page_session} is live (so
 * a password reset or change and "Sign out everywhere" end sessions on every instance); changing
 * the password or deleting the account needs the password again; sign-in goes on only to a path of
 * this site; reset links start at the public address. Rights given by email (facilitating a cohort
 * or a workshop) are invitations: a mailed single-use link accepted by someone signed in with an
 * account of that address, never granted to whoever signed up with it. {@link
 * org.pathways.identity.boundary.Authorization} answers every "may this caller do this to this
 * record"; features add their rules to it. The audit log records sign-ins, role changes, tokens,
 * exports and deletions. Sign-in with other accounts (OpenID Connect, providers from settings)
 * signs in the account linked to the provider's issuer and subject, links it to the account already
 * signed in, or makes an account from a verified email; never one whose email another account has,
 * which its owner links after signing in with the password.
 */
package org.pathways.identity;
