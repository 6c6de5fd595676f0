import { eq } from "drizzle-orm";
import { newId } from "../../shared/ids.ts";
import type { QuestionKind, QuizQuestion } from "../../shared/quiz.ts";
import type { Tx } from "../content/version.ts";
import { quizQuestions, quizzes, sessions } from "../store/schema.ts";

/**
 * Issue 11: the demo event's quizzes, written from the facts in the seed articles (news
 * reports of the 2013 Đà Nẵng, 2015 Quảng Ngãi and 2021 Ninh Bình trainings): one practice
 * quiz, and a graded pre-test/post-test pair with the same questions.
 */

export type Draft = [
  kind: QuestionKind,
  text: string,
  options: [string, boolean][],
  explanation: string,
];

const TF = (right: boolean): [string, boolean][] => [
  ["Đúng", right],
  ["Sai", !right],
];

/** The questions of the graded pre-test and post-test (the same for both). */
export const demoGradedDrafts: Draft[] = [
  [
    "single",
    "Quy chế quản lý thống nhất các hoạt động đối ngoại được ban hành kèm theo Quyết định số 272 ngày nào?",
    [
      ["21/01/2015", true],
      ["10/04/2013", false],
      ["28/06/2014", false],
      ["24/01/2003", false],
    ],
    "Đáp án là 21/01/2015: đó là ngày Ban Chấp hành Trung ương Đảng ký Quyết định số 272.",
  ],
  [
    "single",
    "Cơ quan nào ban hành Quyết định số 272 về Quy chế quản lý thống nhất các hoạt động đối ngoại?",
    [
      ["Ban Chấp hành Trung ương Đảng", true],
      ["Bộ Chính trị", false],
      ["Ban Bí thư", false],
      ["Chính phủ", false],
    ],
    "Quyết định số 272 ngày 21/01/2015 là của Ban Chấp hành Trung ương Đảng.",
  ],
  [
    "single",
    "Nghị quyết số 22 ngày 10/04/2013 của Bộ Chính trị bàn về vấn đề gì?",
    [
      ["Hội nhập quốc tế", true],
      ["Công tác phi chính phủ nước ngoài", false],
      ["Quản lý thống nhất các hoạt động đối ngoại", false],
      ["Phát triển kinh tế biển", false],
    ],
    "Đáp án là hội nhập quốc tế: đó là nội dung Bộ Chính trị bàn trong Nghị quyết số 22 (10/04/2013).",
  ],
  [
    "single",
    "Nghị quyết số 22 của Bộ Chính trị về hội nhập quốc tế được ban hành ngày nào?",
    [
      ["10/04/2013", true],
      ["21/01/2015", false],
      ["28/06/2014", false],
      ["04/06/2013", false],
    ],
    "Nghị quyết số 22 được ban hành ngày 10/04/2013.",
  ],
  [
    "single",
    "Kết luận 98 ngày 28/06/2014 của Ban Bí thư là về việc tiếp tục thực hiện văn bản nào?",
    [
      ["Chỉ thị 19 ngày 24/01/2003 về công tác phi chính phủ nước ngoài", true],
      ["Nghị quyết số 22 về hội nhập quốc tế", false],
      ["Quyết định số 272 về Quy chế quản lý thống nhất các hoạt động đối ngoại", false],
      ["Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020", false],
    ],
    "Đáp án là Chỉ thị 19 (24/01/2003): Kết luận 98 (28/06/2014) của Ban Bí thư là về việc tiếp tục thực hiện chỉ thị này về công tác phi chính phủ nước ngoài.",
  ],
  [
    "truefalse",
    "Kết luận 98 về công tác phi chính phủ nước ngoài do Bộ Chính trị ban hành.",
    TF(false),
    "Sai: Kết luận 98 ngày 28/06/2014 là của Ban Bí thư.",
  ],
  [
    "multiple",
    "Những nội dung nào thuộc bốn nội dung trọng tâm của công tác thông tin đối ngoại trong thời gian tới? (chọn tất cả các ý đúng)",
    [
      [
        "Quảng bá hình ảnh, tiềm năng của đất nước; thông tin để bạn bè quốc tế hiểu chủ trương, chính sách của Đảng và Nhà nước",
        true,
      ],
      ["Giới thiệu thành tựu của Việt Nam", true],
      ["Thông tin, tuyên truyền hướng tới cộng đồng người Việt ở nước ngoài", true],
      ["Đấu tranh, phản bác các quan điểm chống phá, sai trái của các thế lực thù địch", true],
      ["Tổ chức hội chợ thương mại quốc tế", false],
      ["Cấp thị thực cho người nước ngoài", false],
    ],
    "Bốn nội dung trọng tâm nêu tại Hội nghị tập huấn ở Đà Nẵng ngày 04/06/2013: quảng bá hình ảnh và thông tin chủ trương, chính sách; giới thiệu thành tựu; hướng tới cộng đồng người Việt ở nước ngoài; đấu tranh, phản bác quan điểm sai trái.",
  ],
  [
    "multiple",
    "Theo Văn kiện Đại hội Đảng lần thứ XIII, nền ngoại giao toàn diện, hiện đại có những trụ cột nào? (chọn tất cả các ý đúng)",
    [
      ["Đối ngoại đảng", true],
      ["Ngoại giao nhà nước", true],
      ["Đối ngoại nhân dân", true],
      ["Ngoại giao kinh tế", false],
      ["Đối ngoại quốc phòng", false],
    ],
    "Văn kiện Đại hội XIII: xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột là đối ngoại đảng, ngoại giao nhà nước và đối ngoại nhân dân.",
  ],
  [
    "multiple",
    "Về vấn đề Biển Đông, Việt Nam thực hiện “bốn công khai hóa”. Đó là công khai những gì? (chọn tất cả các ý đúng)",
    [
      ["Chứng cứ pháp lý đối với hai quần đảo Hoàng Sa và Trường Sa", true],
      ["Các hành động vi phạm về chủ quyền", true],
      ["Việc làm của Việt Nam để bảo vệ chủ quyền", true],
      ["Sự ủng hộ của dư luận quốc tế về lập trường chính nghĩa của Việt Nam", true],
      ["Kế hoạch bố trí lực lượng trên biển", false],
    ],
    "Bốn công khai hóa: chứng cứ pháp lý về Hoàng Sa và Trường Sa; hành động vi phạm chủ quyền; việc làm của Việt Nam để bảo vệ chủ quyền; sự ủng hộ của dư luận quốc tế.",
  ],
  [
    "truefalse",
    "Văn kiện Đại hội XIII nhận định: cả thách thức và cơ hội đều đan xen, trong đó thách thức lớn hơn.",
    TF(true),
    "Đúng: thế giới biến động nhanh, phức tạp, khó dự báo; thách thức và cơ hội đan xen, thách thức lớn hơn.",
  ],
];

/** The practice quiz: keys ship to the phone, feedback after each answer. */
const practiceQuestions: Draft[] = [
  [
    "single",
    "Chỉ thị 19 của Ban Bí thư về công tác phi chính phủ nước ngoài được ban hành ngày nào?",
    [
      ["24/01/2003", true],
      ["28/06/2014", false],
      ["21/01/2015", false],
    ],
    "Chỉ thị 19 ngày 24/01/2003; Kết luận 98 ngày 28/06/2014 là về tiếp tục thực hiện Chỉ thị này.",
  ],
  [
    "truefalse",
    "Quyết định số 272 ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại.",
    TF(true),
    "Đúng: Quy chế được ban hành kèm theo Quyết định số 272 ngày 21/01/2015.",
  ],
  [
    "single",
    "Theo Văn kiện Đại hội XIII, nền ngoại giao toàn diện, hiện đại có mấy trụ cột?",
    [
      ["Hai", false],
      ["Ba", true],
      ["Bốn", false],
    ],
    "Ba trụ cột: đối ngoại đảng, ngoại giao nhà nước và đối ngoại nhân dân.",
  ],
  [
    "single",
    "“Công khai chứng cứ pháp lý” trong bốn công khai hóa về Biển Đông là đối với những quần đảo nào?",
    [
      ["Hoàng Sa và Trường Sa", true],
      ["Trường Sa và Côn Sơn", false],
      ["Hoàng Sa và Thổ Chu", false],
    ],
    "Chứng cứ pháp lý đối với hai quần đảo Hoàng Sa và Trường Sa.",
  ],
  [
    "single",
    "Nội dung nào KHÔNG thuộc bốn nội dung trọng tâm của công tác thông tin đối ngoại?",
    [
      ["Giới thiệu thành tựu của Việt Nam", false],
      ["Hướng tới cộng đồng người Việt ở nước ngoài", false],
      ["Tổ chức hội chợ thương mại quốc tế", true],
      ["Đấu tranh, phản bác các quan điểm sai trái", false],
    ],
    "Bốn nội dung: quảng bá hình ảnh và chủ trương, chính sách; giới thiệu thành tựu; hướng tới người Việt ở nước ngoài; đấu tranh, phản bác quan điểm sai trái.",
  ],
  [
    "truefalse",
    "Văn kiện Đại hội XIII giao cho đối ngoại trọng trách cùng quốc phòng, an ninh giữ nước từ sớm, từ xa.",
    TF(true),
    "Đúng: đối ngoại tham gia cùng quốc phòng, an ninh và cả hệ thống chính trị bảo đảm môi trường hòa bình, giữ nước từ sớm, từ xa.",
  ],
  [
    "single",
    "Chiến lược phát triển thông tin đối ngoại được tập huấn tại Đà Nẵng năm 2013 là cho giai đoạn nào?",
    [
      ["2011-2020", true],
      ["2013-2020", false],
      ["2015-2025", false],
    ],
    "Chiến lược giai đoạn 2011-2020; Chương trình hành động của Chính phủ về thông tin đối ngoại là giai đoạn 2013-2020.",
  ],
  [
    "single",
    "Nghị quyết số 22 về hội nhập quốc tế là của cơ quan nào?",
    [
      ["Bộ Chính trị", true],
      ["Ban Bí thư", false],
      ["Quốc hội", false],
    ],
    "Nghị quyết số 22 ngày 10/04/2013 của Bộ Chính trị.",
  ],
];

/** Drafts as stored questions, with fresh ids. */
function build(drafts: Draft[]): QuizQuestion[] {
  return drafts.map(([kind, text, options, explanation]) => ({
    id: newId(),
    kind,
    text,
    points: 1,
    explanation,
    options: options.map(([optionText, correct]) => ({ id: newId(), text: optionText, correct })),
  }));
}

async function insertQuestions(tx: Tx, quizId: string, questions: QuizQuestion[]) {
  await tx
    .insert(quizQuestions)
    .values(questions.map((q, position) => ({ quizId, position, ...q })));
}

/**
 * Seeds the demo quizzes of an event: the practice quiz and the pre-test open now (opened
 * by the trainer's button at seed time), the post-test waits for the trainer's button.
 */
export async function seedDemoQuizzes(tx: Tx, eventId: string) {
  // Tied to sessions by title; left untied when the demo agenda no longer has them.
  const sessionRefs = await tx
    .select({ id: sessions.id, title: sessions.title })
    .from(sessions)
    .where(eq(sessions.eventId, eventId));
  const find = (re: RegExp) => sessionRefs.find((s) => re.test(s.title))?.id ?? null;
  const now = new Date();
  const practiceId = newId();
  const preId = newId();
  const postId = newId();
  const common = {
    eventId,
    timeLimitSec: null,
    attemptsAllowed: 1,
    opens: "manual" as const,
    published: true,
  };
  await tx.insert(quizzes).values([
    {
      ...common,
      id: practiceId,
      title: "Ôn tập: các văn bản và nội dung trọng tâm về thông tin đối ngoại",
      sessionId: find(/Chuyên đề 2/),
      mode: "practice",
      attemptsAllowed: 3,
      release: "immediate",
      openedAt: now,
    },
    {
      ...common,
      id: preId,
      title: "Kiểm tra đầu giờ: công tác thông tin đối ngoại",
      sessionId: find(/Khai mạc/),
      mode: "graded",
      timeLimitSec: 600,
      release: "held",
      openedAt: now,
      pairId: postId,
      pairRole: "pre",
    },
    {
      ...common,
      id: postId,
      title: "Kiểm tra cuối giờ: công tác thông tin đối ngoại",
      sessionId: find(/Tổng kết|bế mạc/),
      mode: "graded",
      timeLimitSec: 600,
      release: "held",
      pairId: preId,
      pairRole: "post",
    },
  ]);
  const graded = build(demoGradedDrafts);
  await insertQuestions(tx, practiceId, build(practiceQuestions));
  // Pre and post share the question ids: answers compare question by question.
  await insertQuestions(tx, preId, graded);
  await insertQuestions(tx, postId, graded);
}
