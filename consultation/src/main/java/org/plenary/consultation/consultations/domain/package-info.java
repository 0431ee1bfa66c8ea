/** Consultations, comments, their rules (open period, respondent, text) and responses. */
package org.plenary.consultation.consultations.domain;
