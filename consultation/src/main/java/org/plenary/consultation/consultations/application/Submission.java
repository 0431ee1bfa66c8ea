package org.plenary.consultation.consultations.application;

import java.io.Serializable;

/**
 * What became of a submitted comment: its id, whether it is published already (signed in) or waits
 * for its address to be confirmed, and whether it was stored before under the same idempotency key
 * (a retry).
 */
public record Submission(long consultationId, long commentId, boolean published, boolean repeated)
    implements Serializable {}
