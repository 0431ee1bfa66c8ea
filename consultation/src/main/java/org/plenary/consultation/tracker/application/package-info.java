/** The tracker use case: one query per page, public. */
package org.plenary.consultation.tracker.application;
