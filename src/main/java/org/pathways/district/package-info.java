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
 *
 * <p>Inquiries: anyone may send one, without an account ({@code control/InquiryCheck} names each
 * field at fault; {@code control/InquiryThrottle} limits them per address); the contact is sent an
 * acknowledgement and program staff the news. Only program staff read and answer them; PARTNER
 * creates the district from the inquiry's name and state once (a district of that name and state is
 * reused). A district is seen by its managers and program staff only (404 for anyone else); only
 * program staff change its managers.
 */
package org.pathways.district;
