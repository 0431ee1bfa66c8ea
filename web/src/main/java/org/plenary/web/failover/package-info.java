/**
 * What a user meets when the server that held their page is gone (a node of the cluster died, or
 * the page was left open past its time): the state of a Faces view, and of its {@code @ViewScoped}
 * beans, does not fail over, so a postback to a view that no longer exists gets a fresh view of the
 * same page, with what the user had typed put back into its fields and a polite message, instead of
 * an error page. What was typed travels in the replicated HTTP session ({@link KeptInput}).
 */
package org.plenary.web.failover;
