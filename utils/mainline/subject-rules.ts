/**
 * What a mainline subject may look like: the content script asks only about these, and the
 * background's message schemas accept only these.
 */

/** A message id as lore writes it: no spaces or angle brackets, one `@`, at most 300 characters. */
export const MSGID = /^(?=.{3,300}$)[^\s<>@]+@[^\s<>@]+$/;

/** A kernel source path: relative, no `..`, no query or fragment characters, at most 200 characters. */
export const SOURCE_PATH = /^(?!\/)(?!.*\.\.)[A-Za-z0-9_.+\-/]{1,200}$/;
