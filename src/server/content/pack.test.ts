import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffEventContent, StaffSession } from "../../shared/api.ts";
import type { EventPack, PackMaterial, PackSession } from "../../shared/pack.ts";
import { seedDemo } from "../demo/seed.ts";
import { events } from "../store/schema.ts";
import {
  attendeeCookie,
  jsonRequest,
  staffCookie,
  tinyPdf,
  upload,
} from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";

/** What a device holds of an event, merged from packs the way the app's applyPack does. */
class Device {
  version = 0;
  sessions = new Map<string, PackSession>();
  materials = new Map<string, PackMaterial>();

  apply(pack: EventPack) {
    if (pack.since === 0) {
      this.sessions.clear();
      this.materials.clear();
    }
    for (const s of pack.sessions) this.sessions.set(s.id, s);
    for (const m of pack.materials) this.materials.set(m.id, m);
    for (const id of pack.deleted.sessions) this.sessions.delete(id);
    for (const id of pack.deleted.materials) this.materials.delete(id);
    this.version = pack.version;
  }

  state() {
    const sorted = <T extends { id: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { sessions: sorted(this.sessions), materials: sorted(this.materials) };
  }
}

/** A small deterministic random source, so that a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe.each(engines)("attendee pack on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let organiser: string;
  let attendee: string;
  let otherAttendee: string;

  const pull = async (since: number, cookie = attendee, slug = "demo") => {
    const response = await t.app.request(`/api/events/${slug}/pack?since=${since}`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as EventPack;
  };
  const content = async () =>
    (await (
      await t.app.request("/api/events/demo/content", { headers: { cookie: organiser } })
    ).json()) as StaffEventContent;

  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    organiser = await staffCookie(t.store, "organiser", "demo");
    attendee = await attendeeCookie(t, "demo");
    otherAttendee = await attendeeCookie(t, "da-nang-2013");
  });
  afterAll(() => t.store.close());

  it("carries exactly the fields attendees may see, never editor-only ones", async () => {
    const [material] = (await content()).materials;
    await t.app.request(
      `/api/events/demo/materials/${material!.id}/file`,
      upload(tinyPdf(), "tai-lieu.pdf", material!.version, organiser),
    );
    const pack = await pull(0);
    expect(Object.keys(pack.event).sort()).toEqual(
      [
        "description",
        "embedDomains",
        "endsOn",
        "id",
        "organiser",
        "slug",
        "startsOn",
        "timeZone",
        "title",
        "venue",
      ].sort(),
    );
    const sessionKeys = ["description", "endsAt", "eventId", "id", "kind", "materialIds", "room"];
    sessionKeys.push("speakers", "startsAt", "title", "version");
    for (const s of pack.sessions) expect(Object.keys(s).sort()).toEqual(sessionKeys.sort());
    for (const m of pack.materials) {
      expect(Object.keys(m).sort()).toEqual(["body", "eventId", "file", "id", "title", "version"]);
    }
    const withFile = pack.materials.find((m) => m.file)!;
    expect(Object.keys(withFile.file!).sort()).toEqual(["id", "mime", "name", "size", "url"]);
    expect(Object.keys(pack.attendee!).sort()).toEqual(["id", "name", "position", "unit"]);
    const text = JSON.stringify(pack);
    for (const secret of ["published", 'deleted":true', "detailsVersion", "sha256", "fileId"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("keeps attendees of one event out of everything of another", async () => {
    const demo = await pull(0);
    const file = demo.materials.find((m) => m.file)!.file!;
    const [material] = demo.materials;
    const tries = [
      "/api/events/demo/pack",
      "/api/events/demo/content",
      file.url,
      `/api/events/demo/sessions/${demo.sessions[0]!.id}`,
      `/api/events/demo/materials/${material!.id}`,
    ];
    for (const path of tries) {
      const method = path.includes("/sessions/") || path.includes("/materials/") ? "PUT" : "GET";
      const response = await t.app.request(
        path,
        method === "PUT"
          ? jsonRequest("PUT", {}, otherAttendee)
          : { headers: { cookie: otherAttendee } },
      );
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    // And the demo attendee may not edit their own event either.
    const edit = await t.app.request(
      `/api/events/demo/materials/${material!.id}`,
      jsonRequest("PUT", {}, attendee),
    );
    expect(edit.status).toBe(403);
  });

  it("hides a draft event from its attendees", async () => {
    const [event] = await t.store.db.select().from(events).where(eq(events.slug, "ninh-binh-2021"));
    // Signed in while published (issue 12: an invite to a draft signs no one in).
    const person = await attendeeCookie(t, "ninh-binh-2021");
    await t.store.db.update(events).set({ published: false }).where(eq(events.id, event!.id));
    const response = await t.app.request("/api/events/ninh-binh-2021/pack", {
      headers: { cookie: person },
    });
    expect(response.status).toBe(404);
    await t.store.db.update(events).set({ published: true }).where(eq(events.id, event!.id));
    expect((await pull(0, person, "ninh-binh-2021")).sessions.length).toBeGreaterThan(0);
  });

  it("brings devices that pulled often, rarely or never to the same state as a full pack", async () => {
    const next = random(20150626);
    const start = await pull(0);
    const devices = { always: new Device(), sometimes: new Device(), offlineForDays: new Device() };
    for (const device of Object.values(devices)) device.apply(start);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const body = (s: StaffSession) => {
      const { id: _, version: __, ...fields } = s;
      return fields;
    };

    for (let step = 0; step < 40; step++) {
      const { sessions, materials } = await content();
      const session = pick(sessions);
      const material = pick(materials);
      const op = Math.floor(next() * 7);
      let response: Response | undefined;
      if (op === 0 || !session) {
        response = await t.app.request(
          "/api/events/demo/sessions",
          jsonPost(
            {
              title: `Phiên ${step}`,
              description: "",
              kind: "talk",
              room: "",
              startsAt: `2015-06-26T0${step % 9}:00:00.000Z`,
              endsAt: `2015-06-26T0${step % 9}:30:00.000Z`,
              speakers: [],
              materialIds: [],
              published: next() < 0.7,
            },
            organiser,
          ),
        );
      } else if (op === 1) {
        response = await t.app.request(
          `/api/events/demo/sessions/${session.id}`,
          jsonRequest(
            "PUT",
            { ...body(session), title: `${session.title} (sửa ${step})`, version: session.version },
            organiser,
          ),
        );
      } else if (op === 2) {
        response = await t.app.request(
          `/api/events/demo/sessions/${session.id}`,
          jsonRequest(
            "PUT",
            { ...body(session), published: !session.published, version: session.version },
            organiser,
          ),
        );
      } else if (op === 3) {
        response = await t.app.request(
          `/api/events/demo/sessions/${session.id}?version=${session.version}`,
          { method: "DELETE", headers: { cookie: organiser } },
        );
      } else if (op === 4 || !material) {
        response = await t.app.request(
          "/api/events/demo/materials",
          jsonPost(
            { title: `Tài liệu ${step}`, body: `Nội dung ${step}`, published: next() < 0.7 },
            organiser,
          ),
        );
      } else if (op === 5) {
        response = await t.app.request(
          `/api/events/demo/materials/${material.id}`,
          jsonRequest(
            "PUT",
            {
              title: material.title,
              body: `${material.body}\n\nBổ sung ${step}`,
              published: next() < 0.8,
              version: material.version,
            },
            organiser,
          ),
        );
      } else {
        response = await t.app.request(
          `/api/events/demo/materials/${material.id}?version=${material.version}`,
          { method: "DELETE", headers: { cookie: organiser } },
        );
      }
      expect(response.status).toBeLessThan(300);

      devices.always.apply(await pull(devices.always.version));
      if (next() < 0.25) devices.sometimes.apply(await pull(devices.sometimes.version));
    }
    for (const device of [devices.sometimes, devices.offlineForDays]) {
      device.apply(await pull(device.version));
    }
    const fresh = new Device();
    fresh.apply(await pull(0));
    expect(fresh.version).toBe(start.version + 40);
    for (const [name, device] of Object.entries(devices)) {
      expect({ name, version: device.version }).toEqual({ name, version: fresh.version });
      expect(device.state()).toEqual(fresh.state());
    }
    // A device that is up to date gets an empty pack.
    const idle = await pull(fresh.version);
    expect([idle.sessions, idle.materials, idle.deleted]).toEqual([
      [],
      [],
      { sessions: [], materials: [] },
    ]);
  });

  it("refuses a since that is not a whole number or is ahead of the server", async () => {
    const { version } = await pull(0);
    for (const since of ["abc", "-1", "1.5", "1e3", String(version + 1), "99999999999999999"]) {
      const response = await t.app.request(`/api/events/demo/pack?since=${since}`, {
        headers: { cookie: attendee },
      });
      expect({ since, status: response.status }).toEqual({ since, status: 400 });
    }
    // A device ahead of the server (database restored) is told so, to pull afresh.
    const ahead = await t.app.request(`/api/events/demo/pack?since=${version + 1}`, {
      headers: { cookie: attendee },
    });
    expect(((await ahead.json()) as { error: { code: string } }).error.code).toBe("version_ahead");
  });

  it("never lists a draft or deleted material's id in an attendee's sessions", async () => {
    const created = await t.app.request(
      "/api/events/demo/materials",
      jsonPost({ title: "Dự thảo", body: "Chưa công bố", published: false }, organiser),
    );
    expect(created.status).toBe(201);
    const { material: draft } = (await created.json()) as { material: { id: string } };
    const [session] = (await content()).sessions.filter((s) => s.published);
    const { id: _, version, ...fields } = session!;
    const linked = await t.app.request(
      `/api/events/demo/sessions/${session!.id}`,
      jsonRequest("PUT", { ...fields, materialIds: [draft.id], version }, organiser),
    );
    expect(linked.status).toBe(200);
    const before = await pull(0);
    expect(JSON.stringify(before)).not.toContain(draft.id);
    // Editors still see the link they made.
    const staffSession = (await content()).sessions.find((s) => s.id === session!.id)!;
    expect(staffSession.materialIds).toContain(draft.id);

    // Publishing it lists it in the session, although the session itself did not change.
    const published = (await content()).materials.find((m) => m.id === draft.id)!;
    await t.app.request(
      `/api/events/demo/materials/${draft.id}`,
      jsonRequest(
        "PUT",
        {
          title: published.title,
          body: published.body,
          published: true,
          version: published.version,
        },
        organiser,
      ),
    );
    const afterPublish = await pull(before.version);
    const resent = afterPublish.sessions.find((s) => s.id === session!.id);
    expect(resent?.materialIds).toContain(draft.id);

    const current = (await content()).materials.find((m) => m.id === draft.id)!;
    const removed = await t.app.request(
      `/api/events/demo/materials/${draft.id}?version=${current.version}`,
      { method: "DELETE", headers: { cookie: organiser } },
    );
    expect(removed.status).toBe(204);
    const afterDelete = await pull(afterPublish.version);
    expect(afterDelete.deleted.materials).toContain(draft.id);
    expect(afterDelete.sessions.find((s) => s.id === session!.id)?.materialIds).not.toContain(
      draft.id,
    );
    expect(JSON.stringify(await pull(0))).not.toContain(draft.id);
  });
});
