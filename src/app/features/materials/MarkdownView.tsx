import { createMemo } from "solid-js";
import { renderMarkdown } from "./renderMarkdown.ts";

/** A material's markdown, rendered sanitised (see renderMarkdown.ts). */
export function MarkdownView(props: { source: string; embedDomains?: string[] | undefined }) {
  const html = createMemo(() => renderMarkdown(props.source, { embedDomains: props.embedDomains }));
  // The only innerHTML of the app: its input has just been through DOMPurify.
  return <div class="markdown" innerHTML={html()} />;
}
