/**
 * Districts that partner with the program, their managers, and the inquiries of districts that ask
 * to partner.
 *
 * <p>Rules: program managers and administrators create districts (marking an inquiry "partner"
 * creates one) and name their managers by email; a manager manages a district only once the owner
 * of the address accepts the invitation mailed there, and only while holding the DISTRICT_MANAGER
 * role. Who manages what is read from the database on every request, never cached, so a removal
 * holds at once on every instance. Cohorts and workshops may belong to a district; their features
 * depend on this one, never the reverse.
 */
package org.pathways.district;
