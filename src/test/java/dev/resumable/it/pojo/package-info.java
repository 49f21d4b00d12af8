/**
 * Workflows whose payloads and arguments are JavaBeans: every class of the package that the engine
 * cannot store by itself is stored as JSON by the optional Jackson codec.
 */
@StoredWith(JacksonCodec.class)
package dev.resumable.it.pojo;

import dev.resumable.codec.StoredWith;
import dev.resumable.codec.jackson.JacksonCodec;
