/** Benchmarks of the actors module, run as commands (never as timed test assertions). */
package org.dyad.actors.bench;
