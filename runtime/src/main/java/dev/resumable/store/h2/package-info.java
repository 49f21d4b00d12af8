/**
 * The embedded default {@link dev.resumable.store.Store}: one H2 database file, no set-up.
 *
 * <p>Start with {@link dev.resumable.store.h2.H2Store#openDefault()}, or
 * {@link dev.resumable.store.h2.H2Store#open(java.nio.file.Path)} for a file of your choice.
 * Only one process can have a file open at a time.
 */
package dev.resumable.store.h2;
