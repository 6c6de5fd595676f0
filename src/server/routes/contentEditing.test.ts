import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  StaffEvent,
  StaffEventContent,
  StaffMaterial,
  StaffSession,
} from "../../shared/api.ts";
import { MAX_FILE_BYTES, namedFileUrl } from "../../shared/files.ts";
import type { EventPack } from "../../shared/pack.ts";
import { seedDemo } from "../demo/seed.ts";
import { events, files, materials } from "../store/schema.ts";
import {
  attendeeCookie,
  jsonRequest,
  staffCookie,
  tinyPdf,
  upload,
} from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

/** The body of a valid new event (two days in August 2017) with `fields` set. */
const newEvent = <T extends object>(fields: T) => ({
  organiser: "",
  venue: "",
  description: "",
  timeZone: "Asia/Ho_Chi_Minh",
  startsOn: "2017-08-10",
  endsOn: "2017-08-11",
  embedDomains: [],
  published: false,
  ...fields,
});

describe.each(engines)("content editing on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let admin: string;
  let organiser: string;
  let otherOrganiser: string;
  let trainer: string;
  let attendee: string;

  const eventVersion = async (slug = "demo") =>
    (await t.store.db.select().from(events).where(eq(events.slug, slug)))[0]!.version;
  const content = async (cookie = organiser, slug = "demo") =>
    (await (
      await t.app.request(`/api/events/${slug}/content`, { headers: { cookie } })
    ).json()) as StaffEventContent;
  const pack = async (since = 0, cookie = attendee) =>
    (await (
      await t.app.request(`/api/events/demo/pack?since=${since}`, { headers: { cookie } })
    ).json()) as EventPack;
  const error = async (response: Response) =>
    ((await response.json()) as { error: { code: string; message: string } }).error;
  const sessionBody = (s: StaffSession) => {
    const { id: _, version: __, ...fields } = s;
    return fields;
  };

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    admin = await staffCookie(t.store, "admin");
    organiser = await staffCookie(t.store, "organiser", "demo");
    otherOrganiser = await staffCookie(t.store, "organiser", "da-nang-2013");
    trainer = await staffCookie(t.store, "trainer", "demo");
    attendee = await attendeeCookie(t, "demo");
  });
  afterAll(() => t.store.close());

  it("shows editors the whole event, and no one else", async () => {
    const view = await content();
    expect(view.event.slug).toBe("demo");
    expect(view.sessions.length).toBeGreaterThan(5);
    expect(view.materials.length).toBeGreaterThan(3);
    for (const cookie of [trainer, attendee, otherOrganiser]) {
      const response = await t.app.request("/api/events/demo/content", { headers: { cookie } });
      expect(response.status).toBe(403);
    }
    expect((await t.app.request("/api/events/demo/content")).status).toBe(401);
    expect((await content(admin)).event.id).toBe(view.event.id);
  });

  it("creates an event as a draft its creator may edit, and refuses a taken slug", async () => {
    const body = newEvent({
      slug: "hue-2017",
      title: "Hội nghị bồi dưỡng công tác thông tin đối ngoại 2017",
      organiser: "Tỉnh ủy Thừa Thiên Huế",
      venue: "Huế",
    });
    const created = await t.app.request("/api/events", jsonPost(body, organiser));
    expect(created.status).toBe(201);
    const { event } = (await created.json()) as { event: StaffEvent };
    expect(event).toMatchObject({ slug: "hue-2017", published: false, version: 1 });
    expect((await content(organiser, "hue-2017")).event.title).toBe(body.title);
    // Another organiser of another event has no grant on it.
    const denied = await t.app.request("/api/events/hue-2017/content", {
      headers: { cookie: otherOrganiser },
    });
    expect(denied.status).toBe(403);
    const again = await t.app.request("/api/events", jsonPost(body, admin));
    expect(again.status).toBe(409);
    expect((await error(again)).code).toBe("slug_taken");
    const byTrainer = await t.app.request("/api/events", jsonPost({ ...body, slug: "x" }, trainer));
    expect(byTrainer.status).toBe(403);
  });

  it.each([
    ["a slug with capitals", { slug: "Hue" }],
    ["no title", { title: "  " }],
    ["an unknown time zone", { timeZone: "Asia/Hanoi_City" }],
    ["days in the wrong order", { startsOn: "2017-08-11", endsOn: "2017-08-10" }],
    ["a date that is not one", { startsOn: "10/08/2017" }],
    ["an embed domain that is a URL", { embedDomains: ["https://evil.example/"] }],
    ["a title of 10,000 characters", { title: "x".repeat(10_000) }],
  ])("refuses to create an event with %s", async (_, change) => {
    const body = newEvent({ slug: "bad-event", title: "Tên", ...change });
    const response = await t.app.request("/api/events", jsonPost(body, admin));
    expect(response.status).toBe(400);
    expect((await error(response)).code).toBe("validation_failed");
    const [row] = await t.store.db.select().from(events).where(eq(events.slug, "bad-event"));
    expect(row).toBeUndefined();
  });

  it("refuses a body that is not JSON", async () => {
    const response = await t.app.request("/api/events/demo/sessions", {
      method: "POST",
      headers: { cookie: organiser, "content-type": "text/plain" },
      body: "title=x",
    });
    expect(response.status).toBe(415);
    const broken = await t.app.request("/api/events/demo/sessions", {
      method: "POST",
      headers: { cookie: organiser, "content-type": "application/json" },
      body: "{",
    });
    expect(broken.status).toBe(400);
    expect((await error(broken)).code).toBe("invalid_json");
  });

  it("edits the event's fields; a stale save is refused and changes nothing", async () => {
    const { event } = await content();
    const { id: _, slug: __, version, contentVersion: ___, ...fields } = event;
    const first = await t.app.request(
      "/api/events/demo",
      jsonRequest("PUT", { ...fields, venue: "Hội trường lớn", version }, organiser),
    );
    expect(first.status).toBe(200);
    const before = await eventVersion();
    const stale = await t.app.request(
      "/api/events/demo",
      jsonRequest("PUT", { ...fields, venue: "Phòng khác", version }, admin),
    );
    expect(stale.status).toBe(409);
    expect(await error(stale)).toMatchObject({ code: "conflict" });
    expect((await content()).event.venue).toBe("Hội trường lớn");
    expect(await eventVersion()).toBe(before);
    expect((await pack()).event.venue).toBe("Hội trường lớn");
  });

  it("publishes a new session to attendees at the next pull, not before", async () => {
    const since = await eventVersion();
    const body = {
      title: "Chuyên đề bổ sung: thông tin đối ngoại trên mạng xã hội",
      description: "",
      kind: "talk",
      room: "Hội trường Tỉnh ủy",
      startsAt: "2015-06-26T09:00:00.000Z",
      endsAt: "2015-06-26T10:00:00.000Z",
      speakers: [{ name: "Bùi Lê Thái", title: "Chánh Văn phòng" }],
      materialIds: [],
      published: false,
    };
    const created = await t.app.request("/api/events/demo/sessions", jsonPost(body, organiser));
    expect(created.status).toBe(201);
    const { session } = (await created.json()) as { session: StaffSession };
    expect(await eventVersion()).toBe(since + 1);
    // A draft: nothing for attendees yet (its id is listed as gone, harmlessly).
    const draft = await pack(since);
    expect(draft.sessions).toEqual([]);
    const published = await t.app.request(
      `/api/events/demo/sessions/${session.id}`,
      jsonRequest(
        "PUT",
        { ...sessionBody(session), published: true, version: session.version },
        organiser,
      ),
    );
    expect(published.status).toBe(200);
    const after = await pack(since);
    expect(after.sessions.map((s) => s.title)).toEqual([body.title]);
    expect(after.version).toBe(since + 2);
  });

  it("refuses the later of two saves of one session made from the same version", async () => {
    const [session] = (await content()).sessions;
    const base = { ...sessionBody(session!), version: session!.version };
    const mine = await t.app.request(
      `/api/events/demo/sessions/${session!.id}`,
      jsonRequest("PUT", { ...base, title: "Tiêu đề của người thứ nhất" }, organiser),
    );
    expect(mine.status).toBe(200);
    const before = await eventVersion();
    const theirs = await t.app.request(
      `/api/events/demo/sessions/${session!.id}`,
      jsonRequest("PUT", { ...base, title: "Tiêu đề của người thứ hai" }, admin),
    );
    expect(theirs.status).toBe(409);
    const problem = await error(theirs);
    expect(problem.code).toBe("conflict");
    expect(problem.message).toMatch(/changed by someone else/);
    const now = (await content()).sessions.find((s) => s.id === session!.id)!;
    expect(now.title).toBe("Tiêu đề của người thứ nhất");
    expect(await eventVersion()).toBe(before);
  });

  it("lets exactly one of two simultaneous saves through", async () => {
    const [, session] = (await content()).sessions;
    const base = { ...sessionBody(session!), version: session!.version };
    const results = await Promise.all(
      ["A", "B"].map((who) =>
        t.app.request(
          `/api/events/demo/sessions/${session!.id}`,
          jsonRequest("PUT", { ...base, room: `Phòng ${who}` }, who === "A" ? organiser : admin),
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]!.status === 200 ? "Phòng A" : "Phòng B";
    expect((await content()).sessions.find((s) => s.id === session!.id)!.room).toBe(winner);
  });

  it.each([
    ["an end before the start", { endsAt: "2015-06-26T00:00:00.000Z" }],
    ["an unknown kind", { kind: "party" }],
    ["a time that is not one", { startsAt: "8:00" }],
    ["a speaker without a name", { speakers: [{ name: "", title: "x" }] }],
    ["a material of another event", { materialIds: ["0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b"] }],
    ["no title", { title: "" }],
  ])("refuses a session with %s and keeps the old one", async (_, change) => {
    const [session] = (await content()).sessions;
    const before = await eventVersion();
    const response = await t.app.request(
      `/api/events/demo/sessions/${session!.id}`,
      jsonRequest(
        "PUT",
        { ...sessionBody(session!), version: session!.version, ...change },
        organiser,
      ),
    );
    expect(response.status).toBe(400);
    expect((await error(response)).code).toBe("validation_failed");
    expect((await content()).sessions.find((s) => s.id === session!.id)).toEqual(session);
    expect(await eventVersion()).toBe(before);
  });

  it("answers 404 for unknown or malformed ids, and for another event's session", async () => {
    const [session] = (await content()).sessions;
    const body = { ...sessionBody(session!), version: session!.version };
    for (const id of ["0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "not-an-id", "1%20OR%201=1"]) {
      const response = await t.app.request(
        `/api/events/demo/sessions/${id}`,
        jsonRequest("PUT", body, organiser),
      );
      expect(response.status).toBe(404);
      expect((await error(response)).code).toBe("not_found");
    }
    // The demo session through an event the admin may edit, but that does not hold it.
    const elsewhere = await t.app.request(
      `/api/events/da-nang-2013/sessions/${session!.id}`,
      jsonRequest("PUT", body, admin),
    );
    expect(elsewhere.status).toBe(404);
    const missingEvent = await t.app.request(
      `/api/events/no-such-event/sessions/${session!.id}`,
      jsonRequest("PUT", body, admin),
    );
    expect(missingEvent.status).toBe(404);
  });

  it("reorders a day keeping durations, and refuses stale or partial orders", async () => {
    const day = (await content()).sessions.filter((s) => s.startsAt.startsWith("2015-06-26"));
    const reversed = [...day].reverse();
    const partial = await t.app.request(
      "/api/events/demo/sessions/reorder",
      jsonPost(
        { sessions: reversed.slice(1).map(({ id, version }) => ({ id, version })) },
        organiser,
      ),
    );
    expect(partial.status).toBe(409);
    const stale = await t.app.request(
      "/api/events/demo/sessions/reorder",
      jsonPost(
        { sessions: reversed.map(({ id, version }) => ({ id, version: version - 1 })) },
        organiser,
      ),
    );
    expect(stale.status).toBe(409);
    const twice = await t.app.request(
      "/api/events/demo/sessions/reorder",
      jsonPost(
        { sessions: [day[0], day[0]].map((s) => ({ id: s!.id, version: s!.version })) },
        organiser,
      ),
    );
    expect(twice.status).toBe(400);
    const response = await t.app.request(
      "/api/events/demo/sessions/reorder",
      jsonPost({ sessions: reversed.map(({ id, version }) => ({ id, version })) }, organiser),
    );
    expect(response.status).toBe(200);
    const after = (await content()).sessions;
    expect(after.map((s) => s.id)).toEqual(reversed.map((s) => s.id));
    expect(after[0]!.startsAt).toBe(day[0]!.startsAt);
    const minutes = (s: StaffSession) => (Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000;
    expect(after.map(minutes)).toEqual(reversed.map(minutes));
  });

  it("moves a session to another day by editing its times", async () => {
    const { event } = await content();
    const { id: _, slug: __, version, contentVersion: ___, ...fields } = event;
    await t.app.request(
      "/api/events/demo",
      jsonRequest("PUT", { ...fields, endsOn: "2015-06-27", version }, organiser),
    );
    const [session] = (await content()).sessions;
    const moved = await t.app.request(
      `/api/events/demo/sessions/${session!.id}`,
      jsonRequest(
        "PUT",
        {
          ...sessionBody(session!),
          startsAt: "2015-06-27T01:00:00+07:00",
          endsAt: "2015-06-27T02:00:00+07:00",
          version: session!.version,
        },
        organiser,
      ),
    );
    expect(moved.status).toBe(200);
    const { session: row } = (await moved.json()) as { session: StaffSession };
    expect(row.startsAt).toBe("2015-06-26T18:00:00.000Z");
  });

  it("deletes a session softly so that devices learn of it", async () => {
    const [session] = (await content()).sessions;
    const since = await eventVersion();
    const stale = await t.app.request(
      `/api/events/demo/sessions/${session!.id}?version=${session!.version - 1}`,
      { method: "DELETE", headers: { cookie: organiser } },
    );
    expect(stale.status).toBe(409);
    const bad = await t.app.request(`/api/events/demo/sessions/${session!.id}?version=abc`, {
      method: "DELETE",
      headers: { cookie: organiser },
    });
    expect(bad.status).toBe(400);
    const gone = await t.app.request(
      `/api/events/demo/sessions/${session!.id}?version=${session!.version}`,
      { method: "DELETE", headers: { cookie: organiser } },
    );
    expect(gone.status).toBe(204);
    expect((await pack(since)).deleted.sessions).toEqual([session!.id]);
    const again = await t.app.request(
      `/api/events/demo/sessions/${session!.id}?version=${session!.version}`,
      { method: "DELETE", headers: { cookie: organiser } },
    );
    expect(again.status).toBe(404);
  });

  describe("materials and files", () => {
    let material: StaffMaterial;

    it("creates a markdown material and edits it", async () => {
      const created = await t.app.request(
        "/api/events/demo/materials",
        jsonPost({ title: "Tài liệu PDF", body: "# Quy chế 272", published: true }, organiser),
      );
      expect(created.status).toBe(201);
      material = ((await created.json()) as { material: StaffMaterial }).material;
      const edited = await t.app.request(
        `/api/events/demo/materials/${material.id}`,
        jsonRequest(
          "PUT",
          { title: material.title, body: "## Mới", published: true, version: material.version },
          organiser,
        ),
      );
      expect(edited.status).toBe(200);
      material = ((await edited.json()) as { material: StaffMaterial }).material;
      expect(material.body).toBe("## Mới");
    });

    it("accepts a PDF judged by its content and serves it with caching headers", async () => {
      const pdf = tinyPdf();
      // The name says .txt: the content decides, and the name gets its extension (issue 12).
      const response = await t.app.request(
        `/api/events/demo/materials/${material.id}/file`,
        upload(pdf, "C:\\Tài liệu\\quy-che-272.txt", material.version, organiser, "text/plain"),
      );
      expect(response.status).toBe(200);
      material = ((await response.json()) as { material: StaffMaterial }).material;
      expect(material.file).toMatchObject({
        name: "quy-che-272.pdf",
        mime: "application/pdf",
        size: pdf.byteLength,
      });
      const inPack = (await pack()).materials.find((m) => m.id === material.id)!;
      expect(inPack.file).toEqual(material.file);
      const served = await t.app.request(inPack.file!.url, { headers: { cookie: attendee } });
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("application/pdf");
      expect(served.headers.get("cache-control")).toMatch(/immutable/);
      expect(served.headers.get("content-security-policy")).toBe("sandbox");
      expect(served.headers.get("content-disposition")).toContain(
        "filename*=UTF-8''quy-che-272.pdf",
      );
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(pdf);
      const etag = served.headers.get("etag")!;
      const revalidated = await t.app.request(inPack.file!.url, {
        headers: { cookie: attendee, "if-none-match": etag },
      });
      expect(revalidated.status).toBe(304);
      // Issue 13: under its name too, so that the tab a PDF opens in is titled with it.
      const named = await t.app.request(namedFileUrl(inPack.file!.url, inPack.file!.name), {
        headers: { cookie: attendee },
      });
      expect(named.status).toBe(200);
      expect(named.headers.get("content-type")).toBe("application/pdf");
      expect(new Uint8Array(await named.arrayBuffer())).toEqual(pdf);
      const stranger = await t.app.request(namedFileUrl(inPack.file!.url, "x.pdf"));
      expect(stranger.status).toBe(401);
    });

    it("refuses files that are not PDF or images, whatever their name", async () => {
      const cases: [string, Uint8Array][] = [
        ["trinh-bay.pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>")],
        ["anh.png", new TextEncoder().encode('<svg onload="alert(1)"/>')],
        ["virus.pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0x00])],
        ["rong.pdf", new Uint8Array()],
      ];
      const before = await t.store.db.select({ id: files.id }).from(files);
      for (const [name, bytes] of cases) {
        const response = await t.app.request(
          `/api/events/demo/materials/${material.id}/file`,
          upload(bytes, name, material.version, organiser),
        );
        expect({ name, status: response.status }).toEqual({ name, status: 415 });
        expect((await error(response)).code).toBe("file_type_unsupported");
      }
      expect(await t.store.db.select({ id: files.id }).from(files)).toEqual(before);
    });

    it("refuses a file over 50 MB with a clear message", async () => {
      const big = new Uint8Array(MAX_FILE_BYTES + 1);
      big.set(tinyPdf().subarray(0, 8));
      const response = await t.app.request(
        `/api/events/demo/materials/${material.id}/file`,
        upload(big, "lon.pdf", material.version, organiser),
      );
      expect(response.status).toBe(413);
      expect(await error(response)).toMatchObject({
        code: "file_too_large",
        message: expect.stringContaining("50 MB"),
      });
    });

    it("refuses an upload without a file, or not as a form, or with a stale version", async () => {
      const form = new FormData();
      form.set("version", String(material.version));
      const noFile = await t.app.request(`/api/events/demo/materials/${material.id}/file`, {
        method: "POST",
        body: form,
        headers: { cookie: organiser },
      });
      expect(noFile.status).toBe(400);
      const raw = await t.app.request(`/api/events/demo/materials/${material.id}/file`, {
        method: "POST",
        body: tinyPdf() as Uint8Array<ArrayBuffer>,
        headers: { cookie: organiser, "content-type": "application/pdf" },
      });
      expect(raw.status).toBe(415);
      const filesBefore = (await t.store.db.select({ id: files.id }).from(files)).length;
      const stale = await t.app.request(
        `/api/events/demo/materials/${material.id}/file`,
        upload(tinyPdf("other"), "b.pdf", material.version - 1, organiser),
      );
      expect(stale.status).toBe(409);
      // Nothing partly saved: the file row of the refused upload is gone with it.
      expect((await t.store.db.select({ id: files.id }).from(files)).length).toBe(filesBefore);
    });

    it("keeps draft materials and their files away from attendees", async () => {
      const url = material.file!.url;
      const since = await eventVersion();
      const hidden = await t.app.request(
        `/api/events/demo/materials/${material.id}`,
        jsonRequest(
          "PUT",
          {
            title: material.title,
            body: material.body,
            published: false,
            version: material.version,
          },
          organiser,
        ),
      );
      expect(hidden.status).toBe(200);
      material = ((await hidden.json()) as { material: StaffMaterial }).material;
      const changes = await pack(since);
      expect(changes.materials).toEqual([]);
      expect(changes.deleted.materials).toEqual([material.id]);
      expect((await t.app.request(url, { headers: { cookie: attendee } })).status).toBe(404);
      expect((await t.app.request(url, { headers: { cookie: organiser } })).status).toBe(200);
      const stranger = await attendeeCookie(t, "da-nang-2013");
      expect((await t.app.request(url, { headers: { cookie: stranger } })).status).toBe(403);
      expect((await t.app.request(url)).status).toBe(401);
    });

    it("deletes a material", async () => {
      const response = await t.app.request(
        `/api/events/demo/materials/${material.id}?version=${material.version}`,
        { method: "DELETE", headers: { cookie: admin } },
      );
      expect(response.status).toBe(204);
      const [row] = await t.store.db.select().from(materials).where(eq(materials.id, material.id));
      expect(row!.deleted).toBe(true);
      expect((await content()).materials.map((m) => m.id)).not.toContain(material.id);
    });
  });
});
