/**
 * Campaigns: identical and near-identical comments (the same words whatever their case, spacing and
 * punctuation) grouped and counted, so that the drafter answers once for the whole group.
 */
package org.plenary.consultation.campaigns;
