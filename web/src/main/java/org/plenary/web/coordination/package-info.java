/**
 * Pages of interministerial coordination rounds ({@code /coordination/*}): the rounds one takes
 * part in, starting a round on a draft version, and a round's table, positions and histories.
 */
package org.plenary.web.coordination;
