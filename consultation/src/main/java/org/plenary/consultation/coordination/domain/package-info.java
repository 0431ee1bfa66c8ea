/**
 * The rules of a coordination round: the working-day calendar of a jurisdiction, the round and its
 * consulted bodies, append-only position entries with remarks, and settlements of fundamental
 * objections.
 */
package org.plenary.consultation.coordination.domain;
