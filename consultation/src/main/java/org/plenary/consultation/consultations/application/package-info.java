/**
 * Use cases of public consultations: opening one on a draft version, reading it, submitting and
 * confirming comments, moderating and answering them. Each service names its audience.
 */
package org.plenary.consultation.consultations.application;
