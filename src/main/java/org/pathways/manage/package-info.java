/**
 * The staff's way in: one "Manage" entry in the header instead of a link per staff page, and a page
 * (manage/index.xhtml) that lists, with a sentence each, the staff pages the caller may open.
 *
 * <p>Rules: an entry shows on the same condition as the page's own guard (roles only, no statement
 * per page view); the header offers Manage only to someone with at least one entry, and the page
 * answers 403 to anyone else. It only links, through each feature's links class: it sits on top of
 * the features and nothing depends on it.
 */
package org.pathways.manage;
