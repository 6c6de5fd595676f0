import type {
  CreateEventBody,
  CreateMaterialBody,
  CreateSessionBody,
  StaffEvent,
  StaffEventContent,
  StaffMaterial,
  StaffSession,
  UpdateEventBody,
  UpdateMaterialBody,
  UpdateSessionBody,
} from "../../../shared/api.ts";
import { apiFetch } from "../../sync/api.ts";

/**
 * The staff editor's calls to the content API (online only: content is edited on the
 * server). Every save sends the version it started from; a 409 (ApiRequestError with code
 * "conflict") means someone else saved in between and nothing was written.
 */

const base = (slug: string) => `/api/events/${encodeURIComponent(slug)}`;

async function send<T>(method: string, path: string, body: unknown): Promise<T> {
  const response = await apiFetch(path, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Everything of an event its editors work on, drafts included. */
export async function getEventContent(slug: string): Promise<StaffEventContent> {
  return (await (await apiFetch(`${base(slug)}/content`)).json()) as StaffEventContent;
}

export async function createEvent(body: CreateEventBody): Promise<StaffEvent> {
  return (await send<{ event: StaffEvent }>("POST", "/api/events", body)).event;
}

export async function updateEvent(slug: string, body: UpdateEventBody): Promise<StaffEvent> {
  return (await send<{ event: StaffEvent }>("PUT", base(slug), body)).event;
}

export async function createSession(slug: string, body: CreateSessionBody): Promise<StaffSession> {
  return (await send<{ session: StaffSession }>("POST", `${base(slug)}/sessions`, body)).session;
}

export async function updateSession(
  slug: string,
  id: string,
  body: UpdateSessionBody,
): Promise<StaffSession> {
  return (await send<{ session: StaffSession }>("PUT", `${base(slug)}/sessions/${id}`, body))
    .session;
}

export async function deleteSession(slug: string, session: StaffSession): Promise<void> {
  await apiFetch(`${base(slug)}/sessions/${session.id}?version=${session.version}`, {
    method: "DELETE",
  });
}

/**
 * Puts a day's sessions in the given order: a session moved past its neighbour swaps places
 * in time with it alone (both keep their durations; see layoutDay on the server).
 */
export async function reorderSessions(slug: string, day: StaffSession[]): Promise<void> {
  await send("POST", `${base(slug)}/sessions/reorder`, {
    sessions: day.map(({ id, version }) => ({ id, version })),
  });
}

export async function createMaterial(
  slug: string,
  body: CreateMaterialBody,
): Promise<StaffMaterial> {
  return (await send<{ material: StaffMaterial }>("POST", `${base(slug)}/materials`, body))
    .material;
}

export async function updateMaterial(
  slug: string,
  id: string,
  body: UpdateMaterialBody,
): Promise<StaffMaterial> {
  return (await send<{ material: StaffMaterial }>("PUT", `${base(slug)}/materials/${id}`, body))
    .material;
}

export async function deleteMaterial(slug: string, material: StaffMaterial): Promise<void> {
  await apiFetch(`${base(slug)}/materials/${material.id}?version=${material.version}`, {
    method: "DELETE",
  });
}

/** Attaches a file to a material (replacing any earlier one). */
export async function uploadMaterialFile(
  slug: string,
  material: StaffMaterial,
  file: File,
): Promise<StaffMaterial> {
  const form = new FormData();
  form.set("file", file);
  form.set("version", String(material.version));
  const response = await apiFetch(`${base(slug)}/materials/${material.id}/file`, {
    method: "POST",
    body: form,
  });
  return ((await response.json()) as { material: StaffMaterial }).material;
}

export async function removeMaterialFile(
  slug: string,
  material: StaffMaterial,
): Promise<StaffMaterial> {
  const response = await apiFetch(
    `${base(slug)}/materials/${material.id}/file?version=${material.version}`,
    { method: "DELETE" },
  );
  return ((await response.json()) as { material: StaffMaterial }).material;
}
