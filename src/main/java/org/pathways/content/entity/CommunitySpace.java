package org.pathways.content.entity;

/** A community forum space open to every teacher, from {@code community.yaml}. */
public record CommunitySpace(String key, String title, String description) {}
