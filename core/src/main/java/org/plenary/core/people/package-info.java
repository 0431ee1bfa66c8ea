/**
 * People and the bodies they come from: countries (ISO 3166), organisations with a category that
 * audience rules are written against, and persons who speak, attend, draft and review.
 */
package org.plenary.core.people;
