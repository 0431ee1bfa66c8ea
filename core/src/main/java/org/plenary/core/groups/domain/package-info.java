/** Working groups and memberships. */
package org.plenary.core.groups.domain;
