/** Small helpers shared by the consultation module's areas. */
package org.plenary.consultation.shared;
