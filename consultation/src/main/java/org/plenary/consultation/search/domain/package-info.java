/** The search's rules that need no database: the words of a query and highlighted snippets. */
package org.plenary.consultation.search.domain;
