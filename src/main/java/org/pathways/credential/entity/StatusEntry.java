package org.pathways.credential.entity;

/**
 * Where a credential's revocation bit is: list {@code list} of the issuer, bit {@code index} in it.
 *
 * @param listUrl the address of that list's status list credential
 */
public record StatusEntry(String listUrl, int list, int index) {}
