/** The consultation module's part of a person's data download and erasure (GDPR). */
package org.plenary.consultation.privacy;
