/**
 * The secretariat's registration desk over REST: the list with filters, sort and paging, decisions,
 * CSV and XLSX exports, and name badges as PDF.
 */
package org.plenary.web.rest.desk;
