CREATE TABLE "event_grants" (
	"staff_user_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_grants_staff_user_id_event_id_pk" PRIMARY KEY("staff_user_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "event_keys" (
	"event_id" uuid NOT NULL,
	"key_id" integer NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_keys_event_id_key_id_pk" PRIMARY KEY("event_id","key_id")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_revocations" (
	"event_id" uuid NOT NULL,
	"attendee_id" uuid NOT NULL,
	"issued_at" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_revocations_attendee_id_issued_at_pk" PRIMARY KEY("attendee_id","issued_at")
);
--> statement-breakpoint
ALTER TABLE "attendees" ADD COLUMN "max_devices" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "attendees" ADD COLUMN "ticket_issued_at" integer;--> statement-breakpoint
ALTER TABLE "attendees" ADD COLUMN "ticket_key_id" integer;--> statement-breakpoint
ALTER TABLE "event_grants" ADD CONSTRAINT "event_grants_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_grants" ADD CONSTRAINT "event_grants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_keys" ADD CONSTRAINT "event_keys_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_revocations" ADD CONSTRAINT "ticket_revocations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_revocations" ADD CONSTRAINT "ticket_revocations_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_grants_event" ON "event_grants" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "ticket_revocations_event" ON "ticket_revocations" USING btree ("event_id");