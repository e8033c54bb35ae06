/**
 * Programs, phases and courses as a teacher browses them, read from the content served. Public:
 * browsing the catalog needs no account. Answers cost no database query.
 */
package org.pathways.catalog;
