/** The hourly timer that reminds overdue bodies. */
package org.plenary.consultation.coordination.infrastructure;
