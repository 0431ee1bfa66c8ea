/**
 * Use cases of coordination rounds (start, give a position, settle, close, remind overdue bodies):
 * the transaction and security boundary.
 */
package org.plenary.consultation.coordination.application;
