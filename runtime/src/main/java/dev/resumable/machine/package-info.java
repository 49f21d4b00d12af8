/**
 * What generated state machines are made of and call into. Application code does not use this
 * package directly; the processor's output does, and people debugging a workflow will read it.
 */
package dev.resumable.machine;
