/**
 * What a user of the pages meets when their change collides with someone else's: two people saving
 * the same thing at the same moment is a message on the page they are on, with what they entered
 * still there, never the error page.
 */
package org.plenary.web.errors;
