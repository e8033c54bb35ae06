package org.pathways.learning.entity;

/** Program staff revoke a certificate: {@code {reason}}, in words its verifiers will read. */
public record RevocationRequest(String reason) {}
