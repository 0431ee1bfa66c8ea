/**
 * The secretariat's meeting pages under /secretariat/meetings: publishing an agenda's versions and
 * reading what changed between them, and copying a meeting as the template for the next one.
 */
package org.plenary.web.secretariat.meetings;
