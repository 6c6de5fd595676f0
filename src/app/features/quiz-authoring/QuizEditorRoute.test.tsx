import { fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { describe, expect, it, vi } from "vitest";
import type { StaffQuiz } from "../../../shared/quiz.ts";
import { apiErrorResponse, jsonResponse } from "../../testing/jsonResponse.ts";
import { renderInApp } from "../../testing/renderInApp.tsx";
import { setUpStaffScreenTests } from "../../testing/staffScreenTests.ts";
import { authoringMessages } from "./messages.ts";
import QuizEditorRoute from "./QuizEditorRoute.tsx";

const m = authoringMessages.vi;
const ID = "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a04";
const quiz: StaffQuiz = {
  id: ID,
  version: 3,
  title: "Kiểm tra đầu giờ",
  sessionId: null,
  mode: "graded",
  timeLimitSec: 600,
  attemptsAllowed: 1,
  opens: "manual",
  opensAt: null,
  closesAt: null,
  release: "held",
  published: true,
  openedAt: null,
  closedAt: null,
  releasedAt: null,
  pairId: null,
  pairRole: null,
  attempts: 4,
  questions: [
    {
      id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a05",
      kind: "single",
      text: "Quyết định 272 ban hành năm nào?",
      points: 1,
      explanation: "",
      options: [
        { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a06", text: "2013", correct: false },
        { id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a07", text: "2015", correct: true },
      ],
    },
  ],
};

/** The server: the quiz, the sessions, a save's answer and a template preview. */
function server(save: () => Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.endsWith("/quizzes/import")) {
      return jsonResponse({
        questions: [
          { ...quiz.questions[0]!, id: "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a08", text: "Câu nhập" },
        ],
        problems: [{ row: 3, message: "Thiếu đáp án (cột Đáp án)." }],
        rows: 2,
      });
    }
    if (init?.method === "PUT") return save();
    if (url.endsWith(`/quizzes/${ID}`)) return jsonResponse({ quiz });
    if (url.endsWith("/quizzes")) return jsonResponse({ quizzes: [quiz], sessions: [] });
    throw new Error(`unexpected ${url}`);
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("QuizEditorRoute", () => {
  setUpStaffScreenTests();
  const render = () =>
    renderInApp(
      () => <QuizEditorRoute />,
      `/staff/e/demo/quizzes/${ID}`,
      "/staff/e/:slug/quizzes/:id",
    );

  it("says a graded quiz with answers cannot be changed, and to duplicate it", async () => {
    const fetch = server(() => apiErrorResponse(409, "quiz_has_answers"));
    render();
    const title = await screen.findByLabelText(m.fieldTitle);
    fireEvent.input(title, { target: { value: "Tên mới" } });
    fireEvent.click(screen.getByRole("button", { name: m.save }));
    await screen.findByText(m.errHasAnswers);
    const put = fetch.mock.calls.find(([, init]) => init?.method === "PUT")!;
    expect(JSON.parse(String(put[1]!.body))).toMatchObject({ title: "Tên mới", version: 3 });
  });

  it("lists the template's problem rows and adds its valid questions to the quiz", async () => {
    server(() => jsonResponse({ quiz }));
    render();
    await screen.findByLabelText(m.fieldTitle);
    const input = screen.getByLabelText(m.importFile) as HTMLInputElement;
    const file = new File(["Câu hỏi,A,B,Đáp án\n"], "cau-hoi.csv", { type: "text/csv" });
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText("Thiếu đáp án (cột Đáp án).");
    screen.getByText("Dòng 3");
    fireEvent.click(screen.getByRole("button", { name: "Thêm 1 câu hỏi hợp lệ" }));
    await waitFor(() => expect(screen.getAllByLabelText(m.questionText)).toHaveLength(2));
    expect((screen.getAllByLabelText(m.questionText)[1] as HTMLTextAreaElement).value).toBe(
      "Câu nhập",
    );
  });
});
