/**
 * Working groups (thematic groups, task forces, committees, working groups) and who belongs to them
 * with which role. The secretariat manages them; drafts ({@code org.plenary.core.drafts}) belong to
 * a group.
 */
package org.plenary.core.groups;
