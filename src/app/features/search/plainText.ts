/**
 * Markdown (with any embedded HTML) reduced to the words a reader sees, for search and
 * snippets. Not a renderer: it only drops syntax, and its output is shown as text.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // HTML comments and tags; their text content stays.
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<[^>]*>/g, " ")
      // ![alt](url) → alt, [text](url) → text, [text][ref] → text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
      // Line syntax: headings, quotes, list markers, table rules.
      .replace(/^[ \t]*(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, "")
      .replace(/^[ \t]*\|?[ \t]*:?-{3,}.*$/gm, "")
      // Emphasis, code and table pipes.
      .replace(/[*_~`|]+/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/[ \t]+/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
