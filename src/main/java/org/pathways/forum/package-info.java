/**
 * The community forum: spaces (the community spaces of {@code modules/community.yaml}, one per
 * course, one private space per cohort), threads by latest activity with unread markers, posts in
 * Markdown with their edit history, a discussion per step, full-text search, follows with in-app
 * notifications and a daily digest, and reports with moderation.
 *
 * <p>Rules: every signed-in account reads and posts in community and course spaces; a cohort's
 * space is read and written only by its teachers and facilitators, and is not found for anyone
 * else, through every call. Authors edit and delete their own posts; moderators (the cohort's
 * facilitators in a cohort space, content administrators and administrators elsewhere) hide and
 * restore posts, lock, pin and move threads, and every moderation action is audited. Once deleted
 * or hidden, a post's text and history are for its author and the moderators only, and only the
 * author or a moderator opens a post that is not deleted in the editor: one rule ({@code
 * PostAccess}) for the API and every page. What makes a valid title and body is one rule too
 * ({@code ForumText}), for the API and the pages. User text is rendered with CommonMark and
 * sanitized with the OWASP sanitizer on output; search snippets are escaped with the OWASP encoder
 * and carry no markup but {@code <mark>}.
 */
package org.pathways.forum;
