/**
 * Shared input plumbing for regsec's own importers: one strict UTF-8 decoder and one way of
 * reading gzip data, so that every built-in format finds bad bytes and damaged files the same way.
 *
 * <ul>
 *   <li>{@link io.github.regsec.formats.io.StrictUtf8Reader} decodes UTF-8 and never hides bad
 *       bytes: it either stops at them with their line and column
 *       ({@link io.github.regsec.formats.io.InvalidUtf8Exception}) or marks their lines for the
 *       reader to reject; a leading byte order mark is dropped.</li>
 *   <li>{@link io.github.regsec.formats.io.GzipInput} opens files and streams, gzipped or not,
 *       and reads every member of a gzip file; damage anywhere, in any member or after the last
 *       one, is a {@link io.github.regsec.formats.io.DamagedGzipException} whose message says
 *       what was not read.</li>
 * </ul>
 *
 * <p>This package is not part of regsec's API for users: importers of users' own formats open
 * files with {@link io.github.regsec.formats.InputFiles}, which reads gzip through this package.
 * The module descriptor exports it only to regsec's CSV and JSON modules.
 */
package io.github.regsec.formats.io;
