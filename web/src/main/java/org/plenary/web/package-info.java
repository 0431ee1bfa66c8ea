/**
 * The web interface: one Facelets page per use case, each with its own backing bean in the package
 * that mirrors the page's folder ({@code /secretariat/audit/list.xhtml} is {@code
 * org.plenary.web.secretariat.audit.AuditListView}). The shared layout is {@code
 * WEB-INF/templates/layout.xhtml}; its texts come from the {@code msg} bundle in English and
 * French.
 */
package org.plenary.web;
