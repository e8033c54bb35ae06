package org.pathways.report.entity;

import java.math.BigDecimal;

/**
 * One program phase's figures in a report (the API's row, the page's table line, a CSV line), with
 * the district and cohort of its scope (ids, and their names for people).
 */
public record ReportRow(
    String program,
    String programTitle,
    int phase,
    String phaseTitle,
    String district,
    String districtName,
    String cohort,
    String cohortName,
    long enrolled,
    long active7d,
    long active30d,
    long onlineCompleted,
    long workshopRegistered,
    long workshopAttended,
    BigDecimal pdHours) {}
