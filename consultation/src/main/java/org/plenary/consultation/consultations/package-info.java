/**
 * Public consultations: anyone reads one version of a draft section by section and comments on it;
 * the drafter moderates and answers every comment.
 */
package org.plenary.consultation.consultations;
