/**
 * Privacy (GDPR): what Plenary holds about a person, as one JSON download, and its erasure, which
 * anonymises the person's comments, feedback and registrations without breaking the counts of
 * reports and statistics. Each module that holds personal data contributes a {@link
 * org.plenary.core.privacy.application.PersonalData} part.
 */
package org.plenary.core.privacy;
