/** Use cases of working groups: the secretariat manages them, members read their group. */
package org.plenary.core.groups.application;
