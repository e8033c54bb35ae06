package org.pathways.xapi.entity;

/** An xAPI activity: its id (a public address), its name in a language, and its type (an IRI). */
public record Activity(String id, String name, String language, String type) {}
