package org.pathways.learning.entity;

/** An enrolment with the progress laid over its course's current version. */
public record Learner(Enrollment enrollment, CourseProgress progress) {}
