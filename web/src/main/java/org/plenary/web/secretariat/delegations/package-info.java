/** The secretariat's view of a meeting's delegations as units (/secretariat/delegations/). */
package org.plenary.web.secretariat.delegations;
