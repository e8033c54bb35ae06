/**
 * Reading, validating and rendering the course packages under {@code modules/}, the single source
 * of course content.
 *
 * <p>Rules: one validator serves start-up, reload and the authors' command; it reports every
 * problem at once as {@code file:line:column: message}, the message a sentence of the bundle
 * ({@code content.problem.*}) put in words where it is shown ({@code control/ProblemText}). A
 * package with errors never replaces its last good version. Courses, modules and steps are known by
 * slug, so progress survives edits; a step removed from the text is retired, never deleted.
 * Markdown is rendered and sanitized once per version. A step's title is its page's h1: body
 * headings keep their level ({@code ##} is h2), start at {@code ##}, never skip a level, and the
 * first does not repeat the title. Time is declared once, on each step ({@code minutes}, required):
 * a module's time is the sum of its steps', a course's PD hours the minutes of the steps that count
 * rounded down to the half hour. Other features read content through its front door, {@link
 * org.pathways.content.boundary.ContentLibrary}, and its entities (values); the readers in {@code
 * control} are content's own.
 */
package org.pathways.content;
