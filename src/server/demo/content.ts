import type { DemoEvent, DemoSpeaker } from "./types.ts";

/**
 * Demo content, from five press reports on real trainings (issue 13: true to its sources).
 * Every statement of fact about an event, a person or a document is what the reports say;
 * where a material quotes, it quotes word for word (a report's own typos included) and
 * names the report. Times, rooms, breaks, discussion groups and the questions offered for
 * them are invented for the demo: each event's description and each material says so
 * (ILLUSTRATIVE), and nothing invented is put in a named person's mouth.
 */

const TZ = "Asia/Ho_Chi_Minh";

/** The line that marks the schedule and summaries as the demo's own. */
export const ILLUSTRATIVE = "Chương trình và tóm tắt mang tính minh họa, do Ban Tổ chức biên soạn.";

const illustrative = `*${ILLUSTRATIVE}*`;

/* ------------------------------------------------------------------------------------------ */
/* 1. Quảng Ngãi, 26/06/2015 — Báo Quảng Ngãi (baoquangngai.vn), 26/06/2015, tin, ảnh: Ái Kiều */
/* ------------------------------------------------------------------------------------------ */

const QN_SOURCE = "Báo Quảng Ngãi (baoquangngai.vn), bản tin ngày 26/06/2015";

const tranVanMinh: DemoSpeaker = {
  name: "Trần Văn Minh",
  title: "Phó Bí thư Tỉnh ủy Quảng Ngãi",
};

const buiLeThai: DemoSpeaker = {
  name: "Bùi Lê Thái",
  title: "Chánh Văn phòng Ban Đối ngoại Trung ương",
};

/** The report's sentence naming the three topics, word for word. */
const QN_TOPICS =
  "Tại Hội nghị, các đại biểu đã được nghe đồng chí Bùi Lê Thái- Chánh văn phòng Ban Đối ngoại Trung ương báo cáo các chuyên đề: Hướng dẫn triển khai Quy chế quản lý thống nhất các hoạt động đối ngoại ban hành kèm theo Quyết định số 272 ngày 21.1.2015 của Ban Chấp hành Trung ương Đảng; Hướng dẫn quán triệt và triển khai Nghị quyết số 22 ngày 10.4.2013 của Bộ Chính trị về hội nhập quốc tế; Hướng dẫn quán triệt và triển khai Kết luận 98 ngày 28.6.2014 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 19 ngày 24.1.2003 của Ban Bí thư về công tác phi chính phủ nước ngoài.";

/** A topic's material: what the report says of it, and questions for the attendee's notes. */
const qnTopic = (topic: string, questions: string[]) => `${illustrative}

## Chuyên đề theo bản tin

Chuyên đề: **${topic}**. ${QN_SOURCE} viết:

> ${QN_TOPICS}

Bản tin không thuật lại nội dung các chuyên đề; đại biểu ghi chép theo phần trình bày tại hội nghị.

## Câu hỏi gợi ý để ghi chép (do Ban Tổ chức biên soạn)

${questions.map((q) => `- ${q}`).join("\n")}`;

const quangNgai: DemoEvent = {
  slug: "demo",
  title: "Hội nghị tập huấn về công tác thông tin đối ngoại năm 2015",
  organiser: "Tỉnh ủy Quảng Ngãi phối hợp với Ban Đối ngoại Trung ương",
  venue: "Hội trường Tỉnh ủy Quảng Ngãi",
  date: "2015-06-26",
  timeZone: TZ,
  description: `Ngày 26/06/2015, tại Hội trường Tỉnh ủy, Tỉnh ủy Quảng Ngãi phối hợp với Ban Đối ngoại Trung ương tổ chức hội nghị. Dự hội nghị có lãnh đạo các Ban Đảng của Tỉnh ủy; sở, ban, ngành, hội đoàn thể của tỉnh và 14 huyện, thành phố trong tỉnh. Đồng chí Bùi Lê Thái, Chánh Văn phòng Ban Đối ngoại Trung ương, báo cáo ba chuyên đề. ${ILLUSTRATIVE}`,
  sessions: [
    {
      title: "Đón tiếp đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh Hội trường Tỉnh ủy",
      kind: "ceremony",
      description: "Đại biểu nhận tài liệu và ổn định chỗ ngồi.",
      speakers: [],
      materialKeys: ["qn-chuong-trinh"],
    },
    {
      title: "Khai mạc hội nghị",
      start: "08:00",
      end: "08:30",
      room: "Hội trường Tỉnh ủy",
      kind: "ceremony",
      description: "Phó Bí thư Tỉnh ủy Trần Văn Minh phát biểu khai mạc hội nghị.",
      speakers: [tranVanMinh],
      materialKeys: ["qn-khai-mac"],
    },
    {
      title: "Chuyên đề 1: Hướng dẫn triển khai Quy chế quản lý thống nhất các hoạt động đối ngoại",
      start: "08:30",
      end: "09:45",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description:
        "Quy chế ban hành kèm theo Quyết định số 272 ngày 21/01/2015 của Ban Chấp hành Trung ương Đảng.",
      speakers: [buiLeThai],
      materialKeys: ["qn-quy-che-272"],
    },
    {
      title: "Giải lao",
      start: "09:45",
      end: "10:00",
      room: "Sảnh Hội trường Tỉnh ủy",
      kind: "break",
      description: "Nghỉ giải lao, dùng trà nước.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Chuyên đề 2: Hướng dẫn quán triệt và triển khai Nghị quyết số 22 về hội nhập quốc tế",
      start: "10:00",
      end: "11:30",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description: "Nghị quyết số 22 ngày 10/04/2013 của Bộ Chính trị về hội nhập quốc tế.",
      speakers: [buiLeThai],
      materialKeys: ["qn-nq-22"],
    },
    {
      title: "Nghỉ trưa",
      start: "11:30",
      end: "13:30",
      room: "Khu vực nghỉ trưa",
      kind: "break",
      description: "Đại biểu nghỉ trưa; hội nghị tiếp tục lúc 13:30.",
      speakers: [],
      materialKeys: [],
    },
    {
      title:
        "Chuyên đề 3: Hướng dẫn quán triệt và triển khai Kết luận 98 về công tác phi chính phủ nước ngoài",
      start: "13:30",
      end: "15:00",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description:
        "Kết luận 98 ngày 28/06/2014 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 19 ngày 24/01/2003 của Ban Bí thư về công tác phi chính phủ nước ngoài.",
      speakers: [buiLeThai],
      materialKeys: ["qn-kl-98"],
    },
    {
      title: "Thảo luận nhóm: vận dụng các chuyên đề vào nhiệm vụ của đơn vị",
      start: "15:00",
      end: "16:00",
      room: "Phòng họp số 2",
      kind: "talk",
      description:
        "Đại biểu trao đổi theo nhóm về việc vận dụng các chuyên đề vào nhiệm vụ chuyên môn của đơn vị mình.",
      speakers: [],
      materialKeys: ["qn-thao-luan"],
    },
    {
      title: "Tổng kết và bế mạc",
      start: "16:00",
      end: "16:30",
      room: "Hội trường Tỉnh ủy",
      kind: "ceremony",
      description: "Các nhóm báo cáo kết quả thảo luận; Ban Tổ chức bế mạc hội nghị.",
      speakers: [],
      materialKeys: [],
    },
  ],
  materials: [
    {
      key: "qn-chuong-trinh",
      title: "Thẻ chương trình hội nghị",
      file: "chuong-trinh-hoi-nghi.png",
      body: `${illustrative}

Thẻ chương trình ghi giờ và tên từng phiên trong ngày 26/06/2015 tại Hội trường Tỉnh ủy Quảng Ngãi. Bản tin về hội nghị chỉ cho biết ngày và nơi họp; giờ, phòng và thứ tự các phiên do Ban Tổ chức của bản minh họa này sắp xếp.

Nếu chương trình thay đổi trong ngày, bản trong ứng dụng luôn là bản mới nhất.`,
    },
    {
      key: "qn-khai-mac",
      title: "Khai mạc hội nghị: trích bản tin của Báo Quảng Ngãi",
      body: `${illustrative}

## Trích nguyên văn

${QN_SOURCE} viết:

> Phát biểu khai mạc Hội nghị, Phó Bí thư Tỉnh ủy Trần Văn Minh nhấn mạnh: Công tác thông tin đối ngoại có vai trò quan trọng trong tiến trình hội nhập quốc tế, nâng cao vị thế của Việt Nam trong khu vực và trên trường quốc tế, làm cho thế giới hiểu được nền văn hóa, bản sắc dân tộc, sự đổi mới của Việt Nam. Đồng thời giúp người dân Việt Nam hiểu biết tình hình thế giới, nắm bắt cơ hội và vượt qua thách thức trong quá trình hội nhập quốc tế.
>
> Đảng và Nhà nước ta hết sức coi trọng công tác thông tin đối ngoại, đã ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại; Nghị quyết về hội nhập quốc tế; Chỉ thị về công tác phi chính phủ nước ngoài.
>
> Tại Quảng Ngãi, những năm qua, công tác thông tin đối ngoại được tỉnh đặc biệt quan tâm, đẩy mạnh hợp tác toàn diện với các tỉnh bạn, ra nước ngoài, tiếp tục quảng bá hình ảnh, giới thiệu đất và người Quảng Ngãi ra bạn bè thế giới, đã thu hút mạnh mẽ nguồn lực đầu tư trong và ngoài nước đến với Quảng Ngãi.
>
> Tuy nhiên, công tác thông tin đối ngoại vẫn còn nhiều yếu kém. Nguyên nhân chủ yếu do một số cấp ủy, tổ chức đảng, cán bộ, đảng viên chưa nhận thức đầy đủ; tính chuyên nghiệp của đội ngũ cán bộ, công chức viên chức còn chưa cao.
>
> Vì thế, hội nghị tập huấn này có ý nghĩa quan trọng, giúp cán bộ, công chức viên chức của tỉnh nhận thức đầy đủ, đúng đắn tầm quan trọng của công tác thông tin đối ngoại; các Chương trình hành động của Chính phủ về thông tin đối ngoại, để xây dựng chương trình, kế hoạch công tác thông tin đối ngoại phù hợp với địa phương.`,
    },
    {
      key: "qn-quy-che-272",
      title: "Chuyên đề 1: Quy chế quản lý thống nhất các hoạt động đối ngoại (Quyết định số 272)",
      file: "chuyen-de-1-quy-che-272.pdf",
      body: qnTopic(
        "Hướng dẫn triển khai Quy chế quản lý thống nhất các hoạt động đối ngoại ban hành kèm theo Quyết định số 272 ngày 21/01/2015 của Ban Chấp hành Trung ương Đảng",
        [
          "Đơn vị của đồng chí đang có những hoạt động đối ngoại nào?",
          "Những hoạt động ấy được báo cáo, trình cấp có thẩm quyền theo trình tự nào?",
          "Điều gì cần làm rõ thêm sau khi nghe chuyên đề?",
        ],
      ),
    },
    {
      key: "qn-nq-22",
      title: "Chuyên đề 2: Nghị quyết số 22 của Bộ Chính trị về hội nhập quốc tế",
      body: qnTopic(
        "Hướng dẫn quán triệt và triển khai Nghị quyết số 22 ngày 10/04/2013 của Bộ Chính trị về hội nhập quốc tế",
        [
          "Hội nhập quốc tế đặt ra cho ngành, địa phương của đồng chí những cơ hội và thách thức nào?",
          "Nội dung nào của chuyên đề cần đưa vào chương trình công tác của đơn vị?",
        ],
      ),
    },
    {
      key: "qn-kl-98",
      title: "Chuyên đề 3: Kết luận 98 của Ban Bí thư về công tác phi chính phủ nước ngoài",
      body: qnTopic(
        "Hướng dẫn quán triệt và triển khai Kết luận 98 ngày 28/06/2014 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 19 ngày 24/01/2003 của Ban Bí thư về công tác phi chính phủ nước ngoài",
        [
          "Trên địa bàn có chương trình, dự án phi chính phủ nước ngoài nào?",
          "Cơ quan nào đang theo dõi các chương trình, dự án ấy?",
        ],
      ),
    },
    {
      key: "qn-thao-luan",
      title: "Gợi ý thảo luận nhóm",
      body: `${illustrative}

## Câu hỏi gợi ý (do Ban Tổ chức biên soạn)

- Đơn vị đang có những hoạt động đối ngoại nào, và việc nào cần làm theo Quy chế ban hành kèm theo Quyết định số 272?
- Nghị quyết số 22 về hội nhập quốc tế mở ra cơ hội gì cho ngành, địa phương?
- Trên địa bàn có chương trình, dự án phi chính phủ nước ngoài nào cần theo dõi theo Kết luận 98?
- Cần làm gì để đội ngũ làm công tác thông tin đối ngoại của đơn vị chuyên nghiệp hơn?

Mỗi nhóm cử một người ghi chép và trình bày ngắn gọn tại phiên tổng kết.

## Sau hội nghị

${QN_SOURCE} viết:

> Sau Hội nghị tập huấn, lãnh đạo các đơn vị sẽ vận dụng những nội dung, kiến thức qua các chuyên đề tập huấn, từ đó thực hiện tốt nhiệm vụ chuyên môn về công tác thông tin đối ngoại.`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* 2. Đà Nẵng, 04/06/2013 — bản tin "Tập huấn về thông tin đối ngoại", 05/06/2013, Lưu Hương   */
/* ------------------------------------------------------------------------------------------ */

const DN_SOURCE = "Bản tin “Tập huấn về thông tin đối ngoại” (Lưu Hương, ngày 05/06/2013)";

const phamVanLinh: DemoSpeaker = {
  name: "Phạm Văn Linh",
  title:
    "Phó Trưởng Ban Tuyên giáo Trung ương, Phó Trưởng Ban Chỉ đạo công tác thông tin đối ngoại",
};

const leVanNghiem: DemoSpeaker = {
  name: "Lê Văn Nghiêm",
  title: "Cục trưởng Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông",
};

const daNang: DemoEvent = {
  slug: "da-nang-2013",
  title:
    "Hội nghị tập huấn về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011-2020 và Chương trình hành động của Chính phủ về thông tin đối ngoại giai đoạn 2013-2020",
  organiser:
    "Ban Chỉ đạo công tác thông tin đối ngoại, Ban Tuyên giáo Trung ương và Bộ Thông tin và Truyền thông",
  venue: "Thành phố Đà Nẵng",
  date: "2013-06-04",
  timeZone: TZ,
  description: `Ngày 04/06/2013 tại Thành phố Đà Nẵng, dành cho cán bộ làm công tác thông tin đối ngoại của địa phương các tỉnh, thành phố miền Trung, Tây Nguyên. ${ILLUSTRATIVE}`,
  sessions: [
    {
      title: "Đón tiếp đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh hội trường",
      kind: "ceremony",
      description: "Đại biểu nhận tài liệu tập huấn.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Khai mạc, giới thiệu đại biểu và chương trình",
      start: "08:00",
      end: "08:15",
      room: "Hội trường chính",
      kind: "ceremony",
      description: "Ban Tổ chức giới thiệu thành phần tham dự và chương trình làm việc.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Phát biểu của đồng chí Phạm Văn Linh",
      start: "08:15",
      end: "09:30",
      room: "Hội trường chính",
      kind: "talk",
      description: "Thông tin đối ngoại trong công tác tuyên truyền và công tác tư tưởng của Đảng.",
      speakers: [phamVanLinh],
      materialKeys: ["dn-ban-tin"],
    },
    {
      title: "Giải lao",
      start: "09:30",
      end: "09:45",
      room: "Sảnh hội trường",
      kind: "break",
      description: "Nghỉ giải lao, dùng trà nước.",
      speakers: [],
      materialKeys: [],
    },
    {
      title:
        "Báo cáo về Chiến lược phát triển thông tin đối ngoại và Chương trình hành động của Chính phủ về thông tin đối ngoại",
      start: "09:45",
      end: "11:30",
      room: "Hội trường chính",
      kind: "talk",
      description:
        "Cùng với xây dựng chương trình, kế hoạch công tác thông tin đối ngoại năm 2014 và những vấn đề đặt ra đối với địa phương.",
      speakers: [leVanNghiem],
      materialKeys: ["dn-chien-luoc"],
    },
    {
      title: "Nghỉ trưa",
      start: "11:30",
      end: "13:30",
      room: "Khu vực nghỉ trưa",
      kind: "break",
      description: "Đại biểu nghỉ trưa; hội nghị tiếp tục lúc 13:30.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Chia sẻ kinh nghiệm, các mô hình hay",
      start: "13:30",
      end: "15:30",
      room: "Hội trường chính",
      kind: "talk",
      description: "Đại biểu các địa phương trao đổi cách làm của mình.",
      speakers: [],
      materialKeys: ["dn-trao-doi"],
    },
    {
      title: "Bế mạc",
      start: "15:30",
      end: "16:00",
      room: "Hội trường chính",
      kind: "ceremony",
      description: "Ban Tổ chức tổng hợp ý kiến và bế mạc hội nghị.",
      speakers: [],
      materialKeys: [],
    },
  ],
  materials: [
    {
      key: "dn-ban-tin",
      title: "Vai trò và các nội dung trọng tâm của thông tin đối ngoại: trích bản tin",
      body: `${illustrative}

## Trích nguyên văn

${DN_SOURCE} viết:

> Ông Phạm Văn Linh,  Phó Trưởng Ban Tuyên giáo Trung ương đồng thời là Phó Trưởng Ban Chỉ đạo công tác thông tin đối ngoại, cho biết thông tin đối ngoại là bộ phận rất quan trọng trong công tác tuyên truyền và công tác tư tưởng của Đảng và đây là nhiệm vụ thường xuyên, lâu dài.
>
> Thông tin đối ngoại có vai trò quan trọng trong tiến trình hội nhập quốc tế, nâng cao vị thế của Việt Nam trong khu vực và trên trường quốc tế, làm cho thế giới hiểu được nền văn hóa, bản sắc dân tộc, sự đổi mới của Việt Nam.
>
> Trong thời gian tới, công tác thông tin đối ngoại sẽ tập trung chủ yếu vào 4 nội dung: quảng bá hình ảnh, tiềm năng của đất nước, thông tin để bạn bè quốc tế hiểu chủ trương, chính sách, quan điểm của Đảng và Nhà nước; giới thiệu thành tựu của Việt Nam; thông tin, tuyên truyền hướng tới cộng đồng người Việt ở nước ngoài; đấu tranh, phản bác các quan điểm chống phá, sai trái của các thế lực thù địch.
>
> Về vấn đề Biển Đông, hiện nay, Việt Nam thực hiện 4 công khai hóa, gồm: công khai chứng cứ pháp lý đối với 2 quần đảo Hoàng Sa và Trường Sa; công khai các hành động vi phạm về chủ quyền; công khai việc làm của Việt Nam để bảo vệ chủ quyền và công khai sự ủng hộ của dư luận quốc tế về lập trường chính nghĩa của Việt Nam.`,
    },
    {
      key: "dn-chien-luoc",
      title: "Chiến lược và Chương trình hành động về thông tin đối ngoại: trích bản tin",
      body: `${illustrative}

## Trích nguyên văn

${DN_SOURCE} viết:

> Hội nghị tập huấn về thông tin đối ngoại nhằm giúp đội ngũ cán bộ làm công tác thông tin đối ngoại có căn cứ vận dụng để thực hiện hiệu quả hơn nhiệm vụ của mình; đồng thời tăng cường sự kết nối giữa các cơ quan làm công tác thông tin đối ngoại cũng như chia sẻ kinh nghiệm, các mô hình hay.

> Tại Hội nghị, ông Lê Văn Nghiêm, Cục trưởng Cục Thông tin đối ngoại (Bộ Thông tin và Truyền thông) báo cáo về Chiến lược phát triển thông tin đối ngoại và Chương trình hành động của Chính phủ về thông tin đối ngoại, xây dựng chương trình, kế hoạch công tác thông tin đối ngoại năm 2014 và những vấn đề đặt ra đối với địa phương.`,
    },
    {
      key: "dn-trao-doi",
      title: "Gợi ý chia sẻ kinh nghiệm",
      body: `${illustrative}

## Câu hỏi gợi ý (do Ban Tổ chức biên soạn)

- Địa phương của đồng chí đã có cách làm nào hiệu quả trong công tác thông tin đối ngoại?
- Cách làm ấy cần những điều kiện gì để địa phương bạn áp dụng được?
- Chương trình, kế hoạch công tác thông tin đối ngoại năm 2014 của địa phương đang vướng ở đâu?

Mỗi địa phương trình bày ngắn gọn; Ban Tổ chức tổng hợp ý kiến trước phiên bế mạc.`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* 3. Ninh Bình, 13/04/2021 — bài "Ban Tuyên giáo Tỉnh ủy bồi dưỡng công tác thông tin đối    */
/*    ngoại năm 2021", ngày 13/04/2021                                                          */
/* ------------------------------------------------------------------------------------------ */

const NB_SOURCE =
  "Bài “Ban Tuyên giáo Tỉnh ủy bồi dưỡng công tác thông tin đối ngoại năm 2021” (ngày 13/04/2021)";

/** The topic's title, as the report gives it. */
const NB_TOPIC =
  "Những điểm mới trong Văn kiện Đại hội Đảng lần thứ XIII về cục diện thế giới, khu vực và đường lối đối ngoại của Đảng và Nhà nước ta trong tình hình hiện nay";

const leHaiBinh: DemoSpeaker = {
  name: "Lê Hải Bình",
  title:
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Trưởng ban chuyên trách Ban Chỉ đạo công tác thông tin đối ngoại Trung ương; Vụ trưởng Vụ Thông tin đối ngoại và hợp tác quốc tế, Ban Tuyên giáo Trung ương",
};

const buiMaiHoa: DemoSpeaker = {
  name: "Bùi Mai Hoa",
  title:
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Thường trực Ban chỉ đạo công tác thông tin đối ngoại tỉnh",
};

const ninhBinh: DemoEvent = {
  slug: "ninh-binh-2021",
  title: "Lớp bồi dưỡng công tác thông tin đối ngoại năm 2021",
  organiser: "Ban Tuyên giáo Tỉnh ủy Ninh Bình",
  venue: "Tỉnh Ninh Bình",
  date: "2021-04-13",
  timeZone: TZ,
  description: `Sáng 13/04/2021, Ban Tuyên giáo Tỉnh ủy tổ chức lớp bồi dưỡng công tác thông tin đối ngoại năm 2021. Đồng chí Lê Hải Bình truyền đạt chuyên đề “${NB_TOPIC}”. ${ILLUSTRATIVE}`,
  sessions: [
    {
      title: "Đón tiếp đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh hội trường",
      kind: "ceremony",
      description: "Đại biểu nhận tài liệu bồi dưỡng.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Khai mạc lớp bồi dưỡng",
      start: "08:00",
      end: "08:15",
      room: "Hội trường",
      kind: "ceremony",
      description:
        "Giới thiệu đại biểu và chương trình. Dự lớp bồi dưỡng có đồng chí Trần Hồng Quảng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban chỉ đạo công tác thông tin đối ngoại tỉnh.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Chuyên đề: Những điểm mới trong Văn kiện Đại hội Đảng lần thứ XIII",
      start: "08:15",
      end: "10:30",
      room: "Hội trường",
      kind: "talk",
      description: `Chuyên đề “${NB_TOPIC}”.`,
      speakers: [leHaiBinh],
      materialKeys: ["nb-chuyen-de"],
    },
    {
      title: "Kết luận lớp bồi dưỡng",
      start: "10:30",
      end: "11:15",
      room: "Hội trường",
      kind: "talk",
      description: "Đồng chí Bùi Mai Hoa, Trưởng ban Tuyên giáo Tỉnh ủy, kết luận lớp bồi dưỡng.",
      speakers: [buiMaiHoa],
      materialKeys: ["nb-ket-luan"],
    },
  ],
  materials: [
    {
      key: "nb-chuyen-de",
      title: "Văn kiện Đại hội XIII về cục diện thế giới và đường lối đối ngoại: trích bài báo",
      body: `${illustrative}

## Trích nguyên văn

${NB_SOURCE} viết:

> Văn kiện Đại hội Đảng lần thứ XIII chỉ rõ: Thế giới đang trải qua những biến động to lớn, diễn biến rất nhanh chóng, phức tạp, khó dự báo, cả thách thức và cơ hội đều đan xen, trong đó thách thức lớn hơn. Những chuyến biến của cục diện thế giới và khu vực tác động nhiều mặt tới Việt Nam do chúng ta ngày càng hội nhập sâu rộng với thế giới và khu vực. Nhiệm vụ đối ngoại do đó cũng càng trở nên quan trọng và nặng nề, vừa nhằm thích ứng và ứng phó với bối cảnh thế giới và khu vực biến động mạnh, vừa phục vụ những mục tiêu phát triển chiến lược của đất nước giai đoạn tới.
>
> Về đường lối đối ngoại, Văn kiện Đại hội đã khẳng định những điểm nổi bật về phương hướng đối ngoại, đó là: Tiếp tục phát huy vai trò tiên phong của đối ngoại trong việc tạo lập và giữ vững môi trường hòa bình, ổn định, huy động các nguồn lực bên ngoài để phát triển đất nước, nâng cao vị thế và uy tín của đất nước.
>
> Đối ngoại được giao trọng trách tham gia cùng quốc phòng, an ninh và cả hệ thống chính trị vào việc bảo đảm môi trường hòa bình, ổn định của đất nước, giữ nước từ sớm, từ xa. Đảm bảo cao nhất lợi ích quốc gia-dân tộc, trên cơ sở các nguyên tắc cơ bản Hiến chương Liên Hợp Quốc và luật pháp quốc tế, bình đẳng và cùng có lợi. Chủ động và tích cực hội nhập quốc tế, giải quyết tốt mối quan hệ giữa độc lập, tự chủ và hội nhập quốc tế.
>
> Đối ngoại đa phương chủ động tham gia, tích cực đóng góp, nâng cao vai trò của Việt Nam trong xây dựng, định hình các thể chế đa phương và trật tự chính trị - kinh tế quốc tế. Xây dựng nền ngoại giao toàn diện, hiện đại với ba trụ cột là đối ngoại đảng, ngoại giao nhà nước và đối ngoại nhân dân...`,
    },
    {
      key: "nb-ket-luan",
      title: "Kết luận lớp bồi dưỡng: trích bài báo",
      body: `${illustrative}

## Trích nguyên văn

${NB_SOURCE} viết:

> Kết luận hội nghị, đồng chí Bùi Mai Hoa, TVTU, Trưởng ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Thường trực Ban chỉ đạo công tác thông tin đối ngoại tỉnh đề nghị các đại biểu tiếp tục nghiên cứu, tiếp thu nghiêm túc nội dung chuyên đề được truyền đạt tại lớp bồi dưỡng, gắn với việc quán triệt, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII; xây dựng kế hoạch triển khai thực hiện công tác thông tin đối ngoại, đảm bảo thiết thực, hiệu quả.
>
> Chỉ đạo đẩy mạnh tuyên truyền các ngày kỷ niệm, ngày lễ lớn của đất nước, những sự kiện quan trọng diễn ra trên địa bàn tỉnh, trọng tâm là Năm Du lịch Quốc gia 2021 - Hoa Lư, Ninh Bình, Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Tăng cường tuyên truyền xúc tiến đầu tư; quảng bá về tiềm năng, thế mạnh du lịch, truyền thống lịch sử, văn hóa và con người Ninh Bình với bạn bè quốc tế.
>
> Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy cũng yêu cầu các cơ quan báo chí của tỉnh tiếp tục nâng cao chất lượng nội dung các tin, bài, phóng sự, chuyên trang, chuyên mục về thông tin đối ngoại, đưa tin kịp thời các sự kiện đối ngoại của Đảng, Nhà nước, của tỉnh.`,
    },
  ],
};

export const demoEvents: DemoEvent[] = [quangNgai, daNang, ninhBinh];
