import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Store } from "../store/db.ts";
import {
  CHANGES_CHANNEL,
  changeLogFloor,
  type LoggedChange,
  lastChangeSeq,
  readChanges,
} from "./changeLog.ts";

/** Most missed changes a resuming feed is sent; beyond that it is told to reload. */
const MAX_BACKLOG = 1000;

/** What a feed receives: a change, or "reset" (changes were missed: reload everything). */
export type FeedItem = { change: LoggedChange } | { reset: true };

interface Subscriber {
  send: (item: FeedItem) => void;
  /** The last seq sent to it. */
  sent: number;
  /** Live changes that arrived while its backlog was being read. */
  pending: LoggedChange[] | null;
}

interface EventState {
  subscribers: Set<Subscriber>;
  /** The newest seq read from the log for this event. */
  cursor: number;
  /** Resolves once `cursor` is read: nothing is sent before. */
  ready: Promise<void>;
  reading: boolean;
  again: boolean;
}

/**
 * The change feed's fan-out in one server process. Pushes log their changes in the
 * `sync_changes` table and NOTIFY the event id on commit (changeLog.ts); the hub LISTENs —
 * on PostgreSQL through a dedicated connection (so a change committed by any process
 * reaches every process's feeds), on PGlite through its in-process listen — and on each
 * notification reads the event's new rows (seq > cursor) and sends them to its feeds.
 * Reading the table rather than trusting notification payloads means a lost notification
 * (a dropped LISTEN connection) costs latency, not a change: after reconnecting, the hub
 * reads every event it follows again.
 */
export class ChangeHub {
  private readonly events = new Map<string, EventState>();
  private listening: Promise<void> | null = null;
  private stopListening: (() => Promise<void>) | null = null;
  private pgClient: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Ends open feeds (their streams) when the hub closes. */
  private readonly closers = new Set<() => void>();

  constructor(private readonly store: Store) {}

  /**
   * Follows one event's changes. With `lastSeq` (the feed's Last-Event-ID), the changes
   * after it are sent first, or "reset" when they are no longer all in the log. Returns
   * the function that stops following.
   */
  async subscribe(
    eventId: string,
    lastSeq: number | null,
    send: (item: FeedItem) => void,
    onClose: () => void = () => {},
  ): Promise<() => void> {
    if (this.closed) throw new Error("the change hub is closed");
    await this.listen();
    let state = this.events.get(eventId);
    if (!state) {
      const created: EventState = {
        subscribers: new Set(),
        cursor: 0,
        ready: Promise.resolve(),
        reading: false,
        again: false,
      };
      created.ready = lastChangeSeq(this.store.db, eventId).then((seq) => {
        created.cursor = seq;
      });
      state = created;
      this.events.set(eventId, state);
      try {
        await state.ready;
      } catch (error) {
        this.events.delete(eventId);
        throw error;
      }
      // A change that committed while the cursor was read, its notification come and gone.
      void this.refresh(eventId);
    } else {
      await state.ready;
    }
    const subscriber: Subscriber = { send, sent: state.cursor, pending: [] };
    state.subscribers.add(subscriber);
    this.closers.add(onClose);
    const followed = state;
    const unsubscribe = () => {
      this.closers.delete(onClose);
      followed.subscribers.delete(subscriber);
      if (followed.subscribers.size === 0 && this.events.get(eventId) === followed) {
        this.events.delete(eventId);
      }
    };
    try {
      if (lastSeq !== null && lastSeq < subscriber.sent) {
        const floor = await changeLogFloor(this.store.db);
        const backlog =
          lastSeq + 1 < floor
            ? null
            : await readChanges(this.store.db, eventId, lastSeq, MAX_BACKLOG + 1);
        if (!backlog || backlog.length > MAX_BACKLOG) {
          send({ reset: true });
        } else {
          for (const change of backlog) if (change.seq <= subscriber.sent) send({ change });
        }
      }
      const pending = subscriber.pending ?? [];
      subscriber.pending = null;
      for (const change of pending) this.deliver(subscriber, change);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /** Stops listening and ends every open feed (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    for (const close of [...this.closers]) close();
    this.events.clear();
    await this.stopListening?.().catch(() => {});
  }

  private deliver(subscriber: Subscriber, change: LoggedChange) {
    if (subscriber.pending) subscriber.pending.push(change);
    else if (change.seq > subscriber.sent) {
      subscriber.sent = change.seq;
      subscriber.send({ change });
    }
  }

  /** Reads an event's new changes and fans them out; coalesces notifications that overlap. */
  private async refresh(eventId: string): Promise<void> {
    const state = this.events.get(eventId);
    if (!state) return;
    await state.ready.catch(() => {});
    if (state.reading) {
      state.again = true;
      return;
    }
    state.reading = true;
    try {
      do {
        state.again = false;
        const changes = await readChanges(this.store.db, eventId, state.cursor, 10_000);
        for (const change of changes) {
          state.cursor = Math.max(state.cursor, change.seq);
          for (const subscriber of state.subscribers) this.deliver(subscriber, change);
        }
      } while (state.again && !this.closed);
    } catch (error) {
      if (!this.closed) console.error(`change feed: reading changes of ${eventId}:`, error);
    } finally {
      state.reading = false;
    }
  }

  private refreshAll() {
    for (const eventId of this.events.keys()) void this.refresh(eventId);
  }

  private onNotification = (payload: string | undefined) => {
    if (payload) void this.refresh(payload);
  };

  /** Starts listening once; on PostgreSQL, reconnects with backoff when the connection drops. */
  private listen(): Promise<void> {
    if (!this.listening) {
      this.listening = this.store.engine === "postgres" ? this.listenPg(0) : this.listenPglite();
      this.listening.catch(() => {
        this.listening = null;
      });
    }
    return this.listening;
  }

  private async listenPglite(): Promise<void> {
    const client = (this.store.db as unknown as { $client: PGlite }).$client;
    const unlisten = await client.listen(CHANGES_CHANNEL, (payload) =>
      this.onNotification(payload),
    );
    this.stopListening = unlisten;
  }

  private async listenPg(attempt: number): Promise<void> {
    const pool = (this.store.db as unknown as { $client: pg.Pool }).$client;
    const client = new pg.Client(pool.options);
    this.pgClient = client;
    this.stopListening = async () => {
      this.pgClient = null;
      await client.end();
    };
    client.on("notification", (message) => this.onNotification(message.payload));
    client.on("error", (error) => {
      if (this.closed || this.pgClient !== client) return;
      console.error(`change feed: LISTEN connection lost (${error.message}); reconnecting`);
      this.pgClient = null;
      client.end().catch(() => {});
      this.scheduleReconnect(attempt + 1);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => {});
      if (attempt === 0) throw error;
      this.scheduleReconnect(attempt + 1);
      return;
    }
    // Changes committed while no connection listened are read now.
    if (attempt > 0) this.refreshAll();
  }

  private scheduleReconnect(attempt: number) {
    if (this.closed) return;
    const delay = Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.closed) void this.listenPg(attempt);
    }, delay);
    this.retryTimer.unref();
  }
}
