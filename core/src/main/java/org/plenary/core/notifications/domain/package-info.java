/** A notification and a person's choice to get them by e-mail too. */
package org.plenary.core.notifications.domain;
