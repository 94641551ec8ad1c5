/** Private: the Validator services and the offline schema catalogue they validate against. */
package org.jwps.validators.internal;
