/** The search use case: public, over public documents and published, visible comments only. */
package org.plenary.consultation.search.application;
