package org.pathways.identity.entity;

/**
 * A feature's rule for one kind of record: whether a caller holds a permission on it. Rules are CDI
 * beans; {@link org.pathways.identity.boundary.Authorization} asks every rule that handles the
 * record's type, and refuses unless one of them permits.
 */
public interface AccessRule<T> {

  Class<T> recordType();

  boolean permits(Caller caller, Permission permission, T record);
}
