/**
 * The secretariat's registration desk (/secretariat/registrations/): a meeting's registrations
 * paged, sorted and filtered in the database; approve, decline with a reason, cancel; exports and
 * name badges.
 */
package org.plenary.web.secretariat.registrations;
