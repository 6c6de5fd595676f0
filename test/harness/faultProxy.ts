import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * What the proxy does with one request (issue 9's fault suite):
 * - pass: forward it and its answer;
 * - drop: never forward it; the client's connection is cut (a request lost on the way);
 * - delay: forward it after `ms`;
 * - duplicate: forward it twice, one after the other, and answer with the second answer;
 * - resetMidBody: forward half of its body, then cut both connections;
 * - dropResponse: forward it, let the server answer (and commit), then cut the client's
 *   connection without the answer;
 * - status: answer `status` without forwarding, with Retry-After when given.
 */
export type Fault =
  | { type: "pass" }
  | { type: "drop" }
  | { type: "delay"; ms: number }
  | { type: "duplicate" }
  | { type: "resetMidBody" }
  | { type: "dropResponse" }
  | { type: "status"; status: number; retryAfter?: string };

/** Chooses the fault of the n-th push request (from 0) since the plan was set. */
export type FaultPlan = (n: number) => Fault;

export interface FaultProxy {
  url: string;
  /** Replaces the plan; its count of push requests starts again from 0. */
  setPlan(plan: FaultPlan): void;
  /** Push requests seen so far, and what was done to each. */
  log: Fault[];
  /** Called for each push request once its whole body is sent to the server (SIGKILL tests). */
  onForwarded: ((n: number) => void) | null;
  /** The server to forward to (e.g. after a restart on another port). */
  setTarget(url: string): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const readBody = (stream: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });

/**
 * An HTTP proxy in front of a real server that injects network faults into the push
 * requests (POST …/ops) by a plan; every other request passes untouched. Used with fixed
 * plans (or a seeded random one), so each run is the same.
 */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  let targetUrl = new URL(target);
  let currentPlan = plan;
  let seen = 0;
  const log: Fault[] = [];
  const sockets = new Set<Socket>();

  const forward = (
    incoming: IncomingMessage,
    body: Buffer,
    options: { cutAfter?: number; n?: number } = {},
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: targetUrl.hostname,
          port: targetUrl.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: targetUrl.host },
        },
        async (response) => {
          try {
            resolve({
              status: response.statusCode ?? 502,
              headers: response.headers,
              body: await readBody(response),
            });
          } catch (error) {
            reject(error);
          }
        },
      );
      outgoing.on("error", reject);
      if (options.cutAfter !== undefined) {
        outgoing.write(body.subarray(0, options.cutAfter), () => {
          outgoing.destroy(new Error("reset mid-body"));
        });
      } else {
        outgoing.end(body, () => {
          if (options.n !== undefined && options.n >= 0) proxy.onForwarded?.(options.n);
        });
      }
    });

  const answer = (res: ServerResponse, reply: Answer) => {
    const headers = { ...reply.headers };
    delete headers["transfer-encoding"];
    delete headers.connection;
    res.writeHead(reply.status, headers);
    res.end(reply.body);
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const isPush = req.method === "POST" && /\/api\/events\/[^/]+\/ops$/.test(req.url ?? "");
    const n = isPush ? seen++ : -1;
    const fault: Fault = isPush ? currentPlan(n) : { type: "pass" };
    if (isPush) log.push(fault);
    const cut = () => req.socket.destroy();
    try {
      switch (fault.type) {
        case "drop":
          return cut();
        case "status":
          res.writeHead(fault.status, {
            "content-type": "application/json",
            ...(fault.retryAfter ? { "retry-after": fault.retryAfter } : {}),
          });
          return res.end(
            JSON.stringify({ error: { code: "unavailable", message: "injected by the proxy" } }),
          );
        case "resetMidBody":
          await forward(req, body, { cutAfter: Math.floor(body.length / 2) }).catch(() => null);
          return cut();
        case "delay":
          await new Promise((r) => setTimeout(r, fault.ms));
          break;
        case "duplicate":
          await forward(req, body);
          break;
        default:
          break;
      }
      const reply = await forward(req, body, { n });
      if (fault.type === "dropResponse") return cut();
      answer(res, reply);
    } catch {
      // The server died or cut us: the client sees its connection cut too.
      cut();
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${port}`,
    log,
    onForwarded: null,
    setPlan: (next) => {
      currentPlan = next;
      seen = 0;
    },
    setTarget: (url) => {
      targetUrl = new URL(url);
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
