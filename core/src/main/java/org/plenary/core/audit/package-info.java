/** The append-only audit log that every feature writes to, and the secretariat's view of it. */
package org.plenary.core.audit;
