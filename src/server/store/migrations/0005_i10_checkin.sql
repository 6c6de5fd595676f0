CREATE SEQUENCE "checkin_seq";--> statement-breakpoint
CREATE TABLE "checkin_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"session_id" uuid,
	"title" text NOT NULL,
	"reentry" boolean DEFAULT false NOT NULL,
	"code_secret" text NOT NULL,
	"deleted" boolean DEFAULT false NOT NULL,
	"seq" bigint DEFAULT nextval('checkin_seq') NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkin_scans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"attendee_id" uuid NOT NULL,
	"ticket_issued_at" integer,
	"device_id" text NOT NULL,
	"method" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"device_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	"status" text NOT NULL,
	"review" text,
	"annul_reason" text,
	"annulled_by" uuid,
	"annulled_at" timestamp with time zone,
	"seq" bigint DEFAULT nextval('checkin_seq') NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkin_lists" ADD CONSTRAINT "checkin_lists_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_lists" ADD CONSTRAINT "checkin_lists_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_scans" ADD CONSTRAINT "checkin_scans_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_scans" ADD CONSTRAINT "checkin_scans_list_id_checkin_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."checkin_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_scans" ADD CONSTRAINT "checkin_scans_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_lists_event" ON "checkin_lists" USING btree ("event_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_lists_live_session" ON "checkin_lists" USING btree ("session_id") WHERE "checkin_lists"."deleted" = false;--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_lists_live_entry" ON "checkin_lists" USING btree ("event_id") WHERE "checkin_lists"."kind" = 'entry' AND "checkin_lists"."deleted" = false;--> statement-breakpoint
CREATE INDEX "checkin_scans_event_seq" ON "checkin_scans" USING btree ("event_id","seq");--> statement-breakpoint
CREATE INDEX "checkin_scans_list_attendee" ON "checkin_scans" USING btree ("list_id","attendee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_scans_one_accepted" ON "checkin_scans" USING btree ("list_id","attendee_id") WHERE "checkin_scans"."status" = 'accepted';
