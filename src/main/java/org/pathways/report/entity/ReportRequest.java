package org.pathways.report.entity;

/** A report as asked for, in the texts of a query or a form (blank: the default). */
public record ReportRequest(
    String program, String district, String cohort, String from, String to) {}
