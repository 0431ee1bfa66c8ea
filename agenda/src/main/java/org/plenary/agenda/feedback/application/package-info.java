/**
 * Use cases of feedback: delegates evaluate sessions and answer forms; the secretariat opens key
 * questions, defines forms and reads aggregated results, free-text answers and CSV exports.
 */
package org.plenary.agenda.feedback.application;
