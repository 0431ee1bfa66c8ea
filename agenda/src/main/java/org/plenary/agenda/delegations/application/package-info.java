/**
 * Composing delegations and substituting alternates: the transaction and security boundary. The
 * head of a delegation manages it; the secretariat manages every delegation.
 */
package org.plenary.agenda.delegations.application;
