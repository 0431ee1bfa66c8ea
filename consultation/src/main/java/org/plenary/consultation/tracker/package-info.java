/**
 * The public draft tracker: every draft in preparation that is public (shared or in consultation,
 * or final) and where it stands in coordination and consultation.
 */
package org.plenary.consultation.tracker;
