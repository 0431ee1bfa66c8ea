/**
 * Pages of working groups under {@code /groups/}: the user's groups, a group's space, its drafts
 * (read, edit with conflict handling, compare). Membership is checked by the application services;
 * a page asked for by someone who may not see it answers 403, an unknown one 404.
 */
package org.plenary.web.groups;
