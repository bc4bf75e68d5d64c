/** The query editor at {@code /query}: its page, its assets, the example snippets and the vocabulary it completes. */
package org.ogplod.web.editor;
