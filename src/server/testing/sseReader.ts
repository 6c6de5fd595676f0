/** One Server-Sent Events block as a test sees it. */
export interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  /** Comment lines (": heartbeat"), without the colon. */
  comments: string[];
}

/**
 * Reads a Server-Sent Events response block by block. `next(match)` resolves with the
 * first block that matches (skipping others) and fails when the stream ends first; tests
 * bound the wait with their own timeout. `close()` cancels the stream.
 */
export function sseReader(response: Response) {
  if (!response.body) throw new Error("the response has no body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const parse = (block: string): SseEvent => {
    const event: SseEvent = { comments: [] };
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) event.comments.push(line.slice(1).trim());
      else {
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "data")
          event.data = event.data === undefined ? value : `${event.data}\n${value}`;
        else if (field === "id" || field === "event") event[field] = value;
      }
    }
    return event;
  };
  const nextBlock = async (): Promise<SseEvent> => {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return parse(block);
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream ended");
      buffer += value.replace(/\r\n?/g, "\n");
    }
  };
  return {
    async next(
      match: (event: SseEvent) => boolean = (e) => e.data !== undefined,
    ): Promise<SseEvent> {
      for (;;) {
        const event = await nextBlock();
        if (match(event)) return event;
      }
    },
    async close() {
      await reader.cancel().catch(() => {});
    },
  };
}
