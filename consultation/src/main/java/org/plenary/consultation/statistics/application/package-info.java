/** The statistics use case: public counts of a consultation's published comments. */
package org.plenary.consultation.statistics.application;
