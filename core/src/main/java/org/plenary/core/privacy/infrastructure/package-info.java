/** The hourly expiry of unconfirmed submissions. */
package org.plenary.core.privacy.infrastructure;
