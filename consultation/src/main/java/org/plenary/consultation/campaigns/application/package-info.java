/** Use cases of campaigns: listing a consultation's groups of copies and answering a group. */
package org.plenary.consultation.campaigns.application;
