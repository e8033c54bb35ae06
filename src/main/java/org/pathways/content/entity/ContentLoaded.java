package org.pathways.content.entity;

/** Fired after every load of the content, with the state the platform now serves. */
public record ContentLoaded(ContentState state) {}
