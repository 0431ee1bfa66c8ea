/** The delegation aggregate and its rules: who may be in it, who leads it, who substitutes whom. */
package org.plenary.agenda.delegations.domain;
