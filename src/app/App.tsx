import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import AgendaRoute from "./features/agenda/AgendaRoute.tsx";
import { createI18n, I18nProvider } from "./i18n/i18n.tsx";
import { Layout } from "./ui/Layout.tsx";

// The device's list of events and the not-found page are not the agenda's first screen.
const HomeRoute = lazy(() => import("./features/home/HomeRoute.tsx"));
const NotFoundRoute = lazy(() => import("./features/home/NotFoundRoute.tsx"));

// The invite screen is opened once per phone, online: it need not weigh on the agenda's
// cold start.
const InviteRoute = lazy(() => import("./features/invite/InviteRoute.tsx"));

// Issue 3: material and search screens are chunks of their own, so that the agenda's first
// screen stays small (the markdown renderer and the search index are not tiny).
const Material = lazy(() => import("./features/materials/MaterialRoute.tsx"));
const Search = lazy(() => import("./features/search/SearchRoute.tsx"));
const Offline = lazy(() => import("./features/offline/OfflineRoute.tsx"));

// Issue 4: the ticket (and its QR encoder) loads only when the attendee opens it.
const TicketRoute = lazy(() => import("./features/ticket/TicketRoute.tsx"));

// Issue 9: what the device still has to send, for attendees and staff alike.
const SyncRoute = lazy(() =>
  import("./features/sync/syncUi.ts").then((m) => ({ default: m.SyncRoute })),
);
// Issue 10: self check-in by session code (the scanner loads only when opened).
const Checkin = lazy(() => import("./features/checkin/CheckinRoute.tsx"));
// Issue 11: quiz taking loads only when the attendee opens a quiz.
const QuizList = lazy(() => import("./features/quiz/QuizListRoute.tsx"));
const QuizTake = lazy(() => import("./features/quiz/QuizTakeRoute.tsx"));

// Staff screens are separate chunks: an attendee's phone never downloads them.
const StaffLogin = lazy(() => import("./features/staff/LoginRoute.tsx"));
const StaffArea = lazy(() => import("./features/staff/StaffArea.tsx"));
const StaffEvents = lazy(() => import("./features/staff/StaffEventsRoute.tsx"));
const StaffPassword = lazy(() => import("./features/staff/PasswordRoute.tsx"));
// Issue 4: people, badges and invitations.
const People = lazy(() => import("./features/people/PeopleRoute.tsx"));
const Badges = lazy(() => import("./features/people/BadgesRoute.tsx"));
const Invitations = lazy(() => import("./features/people/InvitationsRoute.tsx"));
// Issue 3: content editing.
const NewEvent = lazy(() => import("./features/content/NewEventRoute.tsx"));
const EventEditor = lazy(() => import("./features/content/EventEditorRoute.tsx"));
const SessionEditor = lazy(() => import("./features/content/SessionEditorRoute.tsx"));
const MaterialEditor = lazy(() => import("./features/content/MaterialEditorRoute.tsx"));
// Issue 13: the event hub, the frame of every staff page of one event.
const EventShell = lazy(() => import("./features/hub/EventShell.tsx"));
const HubOverview = lazy(() => import("./features/hub/OverviewRoute.tsx"));
// Issue 10: check-in (door phone, session code, attendance; attendee self check-in).
const Door = lazy(() => import("./features/door/DoorRoute.tsx"));
const SessionCode = lazy(() => import("./features/session-code/SessionCodeRoute.tsx"));
const Attendance = lazy(() => import("./features/attendance/AttendanceRoute.tsx"));

// Issue 11: the trainer's quiz screens (authoring, results).
const StaffQuizzes = lazy(() => import("./features/quiz-authoring/QuizzesRoute.tsx"));
const QuizEditor = lazy(() => import("./features/quiz-authoring/QuizEditorRoute.tsx"));
const QuizResults = lazy(() => import("./features/quiz-authoring/QuizResultsRoute.tsx"));
const ResultsOverview = lazy(() => import("./features/quiz-authoring/ResultsOverviewRoute.tsx"));

/** The app: attendee routes first, staff routes loaded lazily. */
export function App() {
  const i18n = createI18n();
  return (
    <I18nProvider value={i18n}>
      <Router root={Layout}>
        <Route path="/" component={HomeRoute} />
        <Route path="/i/:token" component={InviteRoute} />
        <Route path="/e/:slug" component={AgendaRoute} />
        <Route path="/e/:slug/ticket" component={TicketRoute} />
        <Route path="/e/:slug/m/:id" component={Material} />
        <Route path="/e/:slug/search" component={Search} />
        <Route path="/e/:slug/offline" component={Offline} />
        <Route path="/sync" component={SyncRoute} />
        <Route path="/e/:slug/checkin" component={Checkin} />
        <Route path="/e/:slug/quizzes" component={QuizList} />
        <Route path="/e/:slug/quizzes/:id" component={QuizTake} />
        <Route path="/staff/login" component={StaffLogin} />
        <Route path="/staff" component={StaffArea}>
          <Route path="/" component={StaffEvents} />
          <Route path="/password" component={StaffPassword} />
          <Route path="/new" component={NewEvent} />
          <Route path="/e/:slug" component={EventShell}>
            <Route path="/" component={HubOverview} />
            <Route path="/agenda" component={EventEditor} />
            <Route path="/people" component={People} />
            <Route path="/badges" component={Badges} />
            <Route path="/invitations" component={Invitations} />
            <Route path="/s/:id" component={SessionEditor} />
            <Route path="/m/:id" component={MaterialEditor} />
            <Route path="/door" component={Door} />
            <Route path="/s/:id/code" component={SessionCode} />
            <Route path="/attendance" component={Attendance} />
            <Route path="/quizzes" component={StaffQuizzes} />
            <Route path="/quizzes/:id" component={QuizEditor} />
            <Route path="/quizzes/:id/results" component={QuizResults} />
            <Route path="/results" component={ResultsOverview} />
            <Route path="*" component={NotFoundRoute} />
          </Route>
        </Route>
        <Route path="*" component={NotFoundRoute} />
      </Router>
    </I18nProvider>
  );
}
