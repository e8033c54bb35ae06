package org.pathways.workshop.entity;

import java.math.BigDecimal;

/**
 * What a program phase's workshops add up to over a date range, for program reports: teachers
 * registered for a workshop held in the range, teachers who attended a session in it, and the PD
 * hours that attendance earns.
 */
public record PhaseFigures(
    String program, int phase, long registered, long attended, BigDecimal hours) {}
