/** Use cases of drafts: start, save versions, compare, share; every read honours visibility. */
package org.plenary.core.drafts.application;
