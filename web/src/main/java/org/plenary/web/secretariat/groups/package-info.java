/** The secretariat's pages of working groups: every group, and who is in each. */
package org.plenary.web.secretariat.groups;
