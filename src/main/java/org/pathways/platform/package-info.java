/**
 * What every feature shares: the database (its settings, schema migration and health), the
 * readiness and liveness checks, the security headers of every response, the REST application, and
 * the one limiter behind every "too many attempts" ({@code pathways.limits.*}).
 *
 * <p>Rules: the schema belongs to Flyway migrations applied at start-up, never to JPA; the platform
 * keeps running while the database is away, reports not-ready, and recovers by itself when it is
 * back.
 */
package org.pathways.platform;
