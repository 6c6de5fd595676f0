/** Shape of the demo content seeded into an empty database (see seed.ts). */
export interface DemoSpeaker {
  name: string;
  /** Position and organisation, e.g. "Chánh Văn phòng Ban Đối ngoại Trung ương". */
  title: string;
}

export interface DemoMaterial {
  /** Stable key used to link sessions to materials inside one event. */
  key: string;
  title: string;
  /** Markdown body, Vietnamese, a few paragraphs. */
  body: string;
  /** An attached PDF or image: its file name in src/server/demo/files/. */
  file?: string;
}

export interface DemoSession {
  title: string;
  /** Local time in the event's time zone, "HH:MM". */
  start: string;
  end: string;
  room: string;
  kind: "talk" | "break" | "ceremony";
  description: string;
  speakers: DemoSpeaker[];
  /** Keys of DemoMaterial in the same event. */
  materialKeys: string[];
}

export interface DemoEvent {
  slug: string;
  title: string;
  /** Organising bodies, as one line. */
  organiser: string;
  venue: string;
  /** Local date in the event's time zone, "YYYY-MM-DD". */
  date: string;
  timeZone: string;
  description: string;
  sessions: DemoSession[];
  materials: DemoMaterial[];
}
