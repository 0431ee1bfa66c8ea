/**
 * Feedback on meetings: every session of a published agenda can be rated and commented by those who
 * attend it; the secretariat opens key questions for input, defines feedback forms on drafts and
 * topics, and every meeting has the standard satisfaction set, so meetings compare year on year.
 */
package org.plenary.agenda.feedback;
