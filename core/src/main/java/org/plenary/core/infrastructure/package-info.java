/** Datasource, schema migrations and clock: the technical ground the modules stand on. */
package org.plenary.core.infrastructure;
