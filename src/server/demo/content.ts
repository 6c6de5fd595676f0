import type { DemoEvent, DemoSpeaker } from "./types.ts";

const TZ = "Asia/Ho_Chi_Minh";

/* ------------------------------------------------------------------------------------------ */
/* 1. Quảng Ngãi, 26/6/2015                                                                   */
/* ------------------------------------------------------------------------------------------ */

const tranVanMinh: DemoSpeaker = {
  name: "Trần Văn Minh",
  title: "Phó Bí thư Tỉnh ủy Quảng Ngãi",
};

const buiLeThai: DemoSpeaker = {
  name: "Bùi Lê Thái",
  title: "Chánh Văn phòng Ban Đối ngoại Trung ương",
};

const quangNgai: DemoEvent = {
  slug: "demo",
  title: "Hội nghị tập huấn công tác thông tin đối ngoại năm 2015",
  organiser: "Tỉnh ủy Quảng Ngãi phối hợp với Ban Đối ngoại Trung ương",
  venue: "Hội trường Tỉnh ủy Quảng Ngãi",
  date: "2015-06-26",
  timeZone: TZ,
  description:
    "Một ngày tập huấn dành cho cán bộ các Ban Đảng, sở, ban, ngành, hội đoàn thể và 14 huyện, thành phố của tỉnh Quảng Ngãi. Báo cáo viên của Ban Đối ngoại Trung ương hướng dẫn ba chuyên đề về quản lý hoạt động đối ngoại, hội nhập quốc tế và công tác phi chính phủ nước ngoài.",
  sessions: [
    {
      title: "Đón tiếp và đăng ký đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh Hội trường Tỉnh ủy",
      kind: "ceremony",
      description:
        "Đại biểu ký danh sách tham dự, nhận tài liệu và ổn định chỗ ngồi theo sơ đồ của Ban tổ chức.",
      speakers: [],
      materialKeys: ["qn-chuong-trinh"],
    },
    {
      title: "Khai mạc hội nghị",
      start: "08:00",
      end: "08:30",
      room: "Hội trường Tỉnh ủy",
      kind: "ceremony",
      description:
        "Phó Bí thư Tỉnh ủy Trần Văn Minh phát biểu khai mạc, làm rõ vai trò của thông tin đối ngoại và những việc tỉnh còn phải làm tốt hơn.",
      speakers: [tranVanMinh],
      materialKeys: ["qn-khai-mac"],
    },
    {
      title: "Chuyên đề 1: Triển khai Quy chế quản lý thống nhất các hoạt động đối ngoại",
      start: "08:30",
      end: "09:45",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description:
        "Hướng dẫn áp dụng Quy chế ban hành kèm Quyết định số 272-QĐ/TW ngày 21/01/2015 của Ban Chấp hành Trung ương vào hoạt động của các cơ quan, địa phương trong tỉnh.",
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
      title: "Chuyên đề 2: Quán triệt Nghị quyết số 22-NQ/TW về hội nhập quốc tế",
      start: "10:00",
      end: "11:30",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description:
        "Giới thiệu tinh thần Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị và cách đưa nghị quyết vào chương trình công tác của ngành, địa phương.",
      speakers: [buiLeThai],
      materialKeys: ["qn-nq-22"],
    },
    {
      title: "Nghỉ trưa",
      start: "11:30",
      end: "13:30",
      room: "Khu vực nghỉ trưa",
      kind: "break",
      description: "Đại biểu nghỉ trưa; hội nghị tiếp tục lúc 13 giờ 30.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Chuyên đề 3: Kết luận số 98-KL/TW về công tác phi chính phủ nước ngoài",
      start: "13:30",
      end: "15:00",
      room: "Hội trường Tỉnh ủy",
      kind: "talk",
      description:
        "Hướng dẫn thực hiện Kết luận số 98-KL/TW ngày 28/6/2014 của Ban Bí thư về việc tiếp tục thực hiện Chỉ thị 19-CT/TW ngày 24/01/2003.",
      speakers: [buiLeThai],
      materialKeys: ["qn-kl-98"],
    },
    {
      title: "Thảo luận nhóm: vận dụng các chuyên đề vào kế hoạch của đơn vị",
      start: "15:00",
      end: "16:00",
      room: "Phòng họp số 2",
      kind: "talk",
      description:
        "Đại biểu trao đổi theo nhóm về khó khăn khi triển khai ba văn bản và đề xuất nội dung đưa vào kế hoạch thông tin đối ngoại của đơn vị mình.",
      speakers: [],
      materialKeys: ["qn-thao-luan"],
    },
    {
      title: "Tổng kết và bế mạc",
      start: "16:00",
      end: "16:30",
      room: "Hội trường Tỉnh ủy",
      kind: "ceremony",
      description:
        "Các nhóm báo cáo kết quả thảo luận; Ban tổ chức tóm lược nội dung chính và bế mạc hội nghị.",
      speakers: [],
      materialKeys: [],
    },
  ],
  materials: [
    {
      key: "qn-chuong-trinh",
      title: "Thẻ chương trình hội nghị",
      file: "chuong-trinh-hoi-nghi.png",
      body: `Thẻ chương trình được phát cùng tài liệu khi đại biểu đăng ký. Thẻ ghi giờ bắt đầu, giờ kết thúc và tên của từng phiên trong ngày 26/6/2015 tại Hội trường Tỉnh ủy Quảng Ngãi.

Nếu chương trình thay đổi trong ngày, bản trong ứng dụng luôn là bản mới nhất.`,
    },
    {
      key: "qn-khai-mac",
      title: "Thông tin đối ngoại ở Quảng Ngãi: vai trò, kết quả và hạn chế",
      body: `## Vì sao thông tin đối ngoại quan trọng

Khi Việt Nam hội nhập ngày càng sâu với khu vực và thế giới, thông tin đối ngoại giống như một chiếc cầu hai chiều. Chiều thứ nhất đưa hình ảnh con người, văn hóa, bản sắc và công cuộc đổi mới của đất nước đến với bạn bè quốc tế, qua đó góp phần nâng cao vị thế của Việt Nam. Chiều thứ hai mang hiểu biết về thế giới về cho người dân trong nước, để mỗi người nhận ra cơ hội và chuẩn bị vượt qua thách thức.

## Căn cứ từ Trung ương

Đảng và Nhà nước rất coi trọng lĩnh vực này và đã ban hành nhiều văn bản định hướng, trong đó hội nghị tập trung vào:

- **Quy chế quản lý thống nhất các hoạt động đối ngoại**;
- **Nghị quyết của Bộ Chính trị về hội nhập quốc tế**;
- văn bản chỉ đạo của Ban Bí thư về **công tác phi chính phủ nước ngoài**.

## Kết quả và hạn chế tại Quảng Ngãi

Thời gian qua, tỉnh đã mở rộng hợp tác nhiều mặt với các địa phương trong nước và đối tác nước ngoài, kiên trì giới thiệu vùng đất, con người Quảng Ngãi, nhờ vậy thu hút thêm nhiều nguồn vốn đầu tư. Tuy vậy, công tác thông tin đối ngoại vẫn bộc lộ không ít điểm yếu. Nguyên nhân chính là không ít cấp ủy, tổ chức đảng và đảng viên vẫn xem nhẹ vai trò của lĩnh vực này, trong khi người làm công tác chuyên môn ở các cơ quan nhà nước chưa đạt mức chuyên nghiệp cần thiết.

Hội nghị vì thế đặt ra hai mục tiêu: giúp cán bộ hiểu đúng tầm quan trọng của thông tin đối ngoại cùng các chương trình hành động của Chính phủ, và tạo cơ sở để từng đơn vị lập chương trình, kế hoạch phù hợp với thực tế địa phương.`,
    },
    {
      key: "qn-quy-che-272",
      title: "Quy chế quản lý thống nhất các hoạt động đối ngoại (Quyết định số 272-QĐ/TW)",
      file: "chuyen-de-1-quy-che-272.pdf",
      body: `## Văn bản và mục đích

**Quy chế quản lý thống nhất các hoạt động đối ngoại** được ban hành kèm theo **Quyết định số 272-QĐ/TW ngày 21/01/2015 của Ban Chấp hành Trung ương**. Quy chế tạo ra một khuôn khổ chung, để mọi hoạt động đối ngoại của Đảng, Nhà nước và các tổ chức nhân dân đều chịu sự lãnh đạo thống nhất của Đảng và sự quản lý tập trung của Nhà nước, thay vì mỗi nơi vận hành theo một cách riêng.

## Những điểm cần lưu ý khi áp dụng

Chuyên đề do đồng chí Bùi Lê Thái, Chánh Văn phòng Ban Đối ngoại Trung ương, trình bày nhằm giúp cấp tỉnh đưa Quy chế vào việc làm cụ thể. Khi triển khai, các cơ quan, đơn vị nên chú ý:

- xác định rõ thẩm quyền và trách nhiệm của cấp ủy, chính quyền, từng cơ quan trong mỗi hoạt động đối ngoại;
- thực hiện đúng quy trình xin ý kiến, báo cáo đối với các việc như cử đoàn đi nước ngoài, đón khách quốc tế hay ký kết thỏa thuận hợp tác;
- phối hợp nhịp nhàng giữa đối ngoại đảng, ngoại giao nhà nước và đối ngoại nhân dân;
- lồng ghép thông tin đối ngoại vào từng hoạt động để giới thiệu hình ảnh của tỉnh.

## Ý nghĩa đối với Quảng Ngãi

Khi các sở, ngành và 14 huyện, thành phố cùng làm theo một quy trình thống nhất, hoạt động đối ngoại của tỉnh vừa bảo đảm nguyên tắc, vừa chủ động hơn trong việc tìm kiếm đối tác. Quy chế cũng là căn cứ để cấp ủy kiểm tra, rút kinh nghiệm định kỳ, qua đó nâng dần chất lượng và tính chuyên nghiệp của đội ngũ làm công tác đối ngoại.`,
    },
    {
      key: "qn-nq-22",
      title: "Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế",
      body: `## Một bước chuyển trong tư duy hội nhập

**Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế** mở rộng cách tiếp cận của Việt Nam: từ chỗ chủ yếu hội nhập về kinh tế sang hội nhập toàn diện trên nhiều lĩnh vực, từ chính trị, quốc phòng, an ninh đến văn hóa, xã hội, khoa học, giáo dục.

## Các tinh thần chủ đạo

Chuyên đề do đồng chí Bùi Lê Thái trình bày giúp đại biểu nắm những quan điểm xuyên suốt của Nghị quyết, có thể tóm lại như sau:

- hội nhập quốc tế là sự nghiệp của toàn dân và của cả hệ thống chính trị;
- hội nhập kinh tế là trọng tâm, hội nhập ở các lĩnh vực khác phải hỗ trợ, tạo thuận lợi cho hội nhập kinh tế;
- chủ động, tích cực tham gia nhưng luôn giữ vững độc lập, tự chủ;
- hội nhập là quá trình đan xen giữa hợp tác và đấu tranh.

## Đưa Nghị quyết vào thực tiễn địa phương

Ở cấp tỉnh, quán triệt Nghị quyết không chỉ dừng ở việc học tập văn bản. Các cấp ủy cần đưa nội dung hội nhập vào chương trình công tác, bồi dưỡng kiến thức cho cán bộ phụ trách kinh tế đối ngoại, đồng thời tuyên truyền để doanh nghiệp và người dân thấy rõ cơ hội cũng như rủi ro.

Thông tin đối ngoại giữ vai trò cầu nối trong quá trình ấy. Khi người dân hiểu tình hình thế giới, họ sẽ chủ động hơn trong sản xuất, kinh doanh; khi bạn bè quốc tế hiểu Quảng Ngãi, tỉnh sẽ có thêm cơ hội hợp tác và thu hút đầu tư.`,
    },
    {
      key: "qn-kl-98",
      title: "Kết luận số 98-KL/TW và Chỉ thị 19-CT/TW về công tác phi chính phủ nước ngoài",
      body: `## Hai văn bản cần đọc cùng nhau

**Chỉ thị số 19-CT/TW ngày 24/01/2003 của Ban Bí thư** đặt nền móng cho công tác phi chính phủ nước ngoài trong giai đoạn mới. Hơn một thập kỷ sau, **Kết luận số 98-KL/TW ngày 28/6/2014 của Ban Bí thư** khẳng định định hướng đó vẫn còn giá trị và yêu cầu các cấp tiếp tục thực hiện, có điều chỉnh cho phù hợp với điều kiện hiện nay.

## Công tác phi chính phủ nước ngoài bao gồm những gì

Chuyên đề của đồng chí Bùi Lê Thái hướng dẫn cách quán triệt Kết luận. Ở địa phương, lĩnh vực này thường gắn với các nhóm việc sau:

- vận động, tiếp nhận và sử dụng hiệu quả nguồn viện trợ của các tổ chức phi chính phủ nước ngoài;
- quản lý hoạt động của các tổ chức này trên địa bàn theo đúng quy định của pháp luật;
- phối hợp giữa cơ quan đảng, chính quyền và đoàn thể trong theo dõi, đánh giá các chương trình, dự án;
- giữ vững an ninh chính trị, trật tự an toàn xã hội trong suốt quá trình hợp tác.

## Vận dụng ở Quảng Ngãi

Nguồn viện trợ phi chính phủ có thể bổ sung đáng kể cho các lĩnh vực như y tế, giáo dục, giảm nghèo hay ứng phó thiên tai. Điều quan trọng là vừa tích cực vận động, vừa quản lý chặt chẽ, để mỗi dự án đến đúng đối tượng và đem lại lợi ích thiết thực cho người dân.

Các sở, ngành và huyện, thành phố nên rà soát những dự án đang thực hiện trên địa bàn, làm rõ đầu mối theo dõi và cập nhật thông tin thường xuyên cho cơ quan thường trực của tỉnh.`,
    },
    {
      key: "qn-thao-luan",
      title: "Gợi ý thảo luận: từ chuyên đề đến kế hoạch của đơn vị",
      body: `## Mục đích buổi thảo luận

Sau ba chuyên đề, mỗi nhóm dành thời gian đối chiếu nội dung đã nghe với công việc thực tế của cơ quan mình. Mục tiêu không phải là nhắc lại lý thuyết, mà là tìm ra những việc cụ thể có thể đưa ngay vào chương trình, kế hoạch thông tin đối ngoại của đơn vị.

## Câu hỏi gợi ý

- Đơn vị đang có những hoạt động đối ngoại nào phải thực hiện theo **Quy chế ban hành kèm Quyết định số 272-QĐ/TW**, và quy trình hiện nay đã đúng chưa?
- **Nghị quyết số 22-NQ/TW** mở ra cơ hội gì và đặt ra thách thức gì cho ngành, địa phương?
- Trên địa bàn có chương trình, dự án phi chính phủ nước ngoài nào; việc quản lý đã theo tinh thần **Kết luận số 98-KL/TW** hay chưa?
- Cần làm gì để cán bộ phụ trách thông tin đối ngoại làm việc chuyên nghiệp hơn?

## Kết quả mong đợi

Mỗi nhóm cử một người ghi chép và trình bày ngắn gọn tại phiên tổng kết: ba khó khăn lớn nhất, ba đề xuất cụ thể và cơ quan chịu trách nhiệm thực hiện.

Sau hội nghị, lãnh đạo các đơn vị có trách nhiệm vận dụng kiến thức từ các chuyên đề vào nhiệm vụ chuyên môn, để công tác thông tin đối ngoại của tỉnh chuyển biến rõ rệt hơn.`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* 2. Đà Nẵng, 4/6/2013                                                                       */
/* ------------------------------------------------------------------------------------------ */

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
    "Hội nghị tập huấn về Chiến lược phát triển thông tin đối ngoại giai đoạn 2011–2020 và Chương trình hành động của Chính phủ về thông tin đối ngoại giai đoạn 2013–2020",
  organiser:
    "Ban Chỉ đạo công tác thông tin đối ngoại, Ban Tuyên giáo Trung ương và Bộ Thông tin và Truyền thông",
  venue: "Thành phố Đà Nẵng",
  date: "2013-06-04",
  timeZone: TZ,
  description:
    "Hội nghị dành cho cán bộ làm thông tin đối ngoại của các tỉnh, thành phố miền Trung và Tây Nguyên, nhằm giới thiệu Chiến lược và Chương trình hành động của Chính phủ về thông tin đối ngoại. Đây cũng là dịp để các cơ quan kết nối với nhau và trao đổi những cách làm hiệu quả.",
  sessions: [
    {
      title: "Đón tiếp và đăng ký đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh hội trường",
      kind: "ceremony",
      description:
        "Đại biểu các tỉnh, thành phố miền Trung và Tây Nguyên đăng ký, nhận tài liệu tập huấn.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Khai mạc, giới thiệu đại biểu và chương trình",
      start: "08:00",
      end: "08:15",
      room: "Hội trường chính",
      kind: "ceremony",
      description:
        "Ban tổ chức tuyên bố lý do, giới thiệu thành phần tham dự và nội dung làm việc trong ngày.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Thông tin đối ngoại trong công tác tư tưởng và bốn nội dung trọng tâm",
      start: "08:15",
      end: "09:30",
      room: "Hội trường chính",
      kind: "talk",
      description:
        "Vị trí của thông tin đối ngoại trong công tác tuyên truyền của Đảng và những hướng ưu tiên trong thời gian tới.",
      speakers: [phamVanLinh],
      materialKeys: ["dn-trong-tam"],
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
      title: "Thông tin đối ngoại về Biển Đông: bốn nội dung công khai hóa",
      start: "09:45",
      end: "10:45",
      room: "Hội trường chính",
      kind: "talk",
      description:
        "Cách Việt Nam chủ động minh bạch thông tin về Biển Đông và phần việc của các địa phương ven biển.",
      speakers: [phamVanLinh],
      materialKeys: ["dn-bien-dong"],
    },
    {
      title: "Chiến lược phát triển thông tin đối ngoại và Chương trình hành động của Chính phủ",
      start: "10:45",
      end: "11:45",
      room: "Hội trường chính",
      kind: "talk",
      description:
        "Báo cáo về Chiến lược giai đoạn 2011–2020 và Chương trình hành động giai đoạn 2013–2020, cùng những yêu cầu đặt ra cho địa phương.",
      speakers: [leVanNghiem],
      materialKeys: ["dn-chien-luoc"],
    },
    {
      title: "Nghỉ trưa",
      start: "11:45",
      end: "13:30",
      room: "Khu vực nghỉ trưa",
      kind: "break",
      description: "Đại biểu nghỉ trưa; chương trình buổi chiều bắt đầu lúc 13 giờ 30.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Xây dựng chương trình, kế hoạch thông tin đối ngoại năm 2014",
      start: "13:30",
      end: "15:00",
      room: "Hội trường chính",
      kind: "talk",
      description:
        "Hướng dẫn các địa phương lập kế hoạch năm 2014 và nhận diện những vấn đề cần giải quyết.",
      speakers: [leVanNghiem],
      materialKeys: ["dn-ke-hoach-2014"],
    },
    {
      title: "Trao đổi kinh nghiệm, mô hình hay và bế mạc",
      start: "15:00",
      end: "16:30",
      room: "Hội trường chính",
      kind: "ceremony",
      description:
        "Đại biểu các địa phương chia sẻ cách làm hiệu quả, nêu kiến nghị; Ban tổ chức tổng hợp ý kiến và bế mạc hội nghị.",
      speakers: [],
      materialKeys: [],
    },
  ],
  materials: [
    {
      key: "dn-trong-tam",
      title: "Vị trí của thông tin đối ngoại và bốn nội dung trọng tâm",
      body: `## Một bộ phận của công tác tư tưởng

Theo đồng chí Phạm Văn Linh, Phó Trưởng Ban Tuyên giáo Trung ương, Phó Trưởng Ban Chỉ đạo công tác thông tin đối ngoại, thông tin đối ngoại gắn chặt với công tác tuyên truyền và công tác tư tưởng của Đảng. Đây không phải việc làm theo từng đợt, mà là nhiệm vụ phải duy trì liên tục, bền bỉ trong thời gian dài.

## Vai trò trong hội nhập

Trong tiến trình hội nhập, thông tin đối ngoại giúp thế giới hiểu đúng về văn hóa, bản sắc dân tộc và những đổi mới của Việt Nam. Nhờ đó, uy tín và chỗ đứng của đất nước ngày càng được củng cố.

## Bốn nội dung trọng tâm

Trong giai đoạn tiếp theo, lĩnh vực này dồn sức vào bốn hướng chính:

- giới thiệu hình ảnh và tiềm năng của Việt Nam, giúp bạn bè quốc tế hiểu đúng đường lối, chính sách và quan điểm của Đảng, Nhà nước ta;
- làm nổi bật những thành tựu mà đất nước đã giành được;
- đưa thông tin, tuyên truyền đến cộng đồng người Việt Nam ở nước ngoài;
- đấu tranh, bác bỏ các luận điệu sai trái, chống phá của các thế lực thù địch.

## Gợi ý cho địa phương

Mỗi tỉnh miền Trung và Tây Nguyên có thế mạnh riêng về văn hóa, du lịch hay tiềm năng đầu tư. Khi lập kế hoạch, địa phương nên chọn những câu chuyện tiêu biểu của mình để đưa vào hai hướng đầu, đồng thời phối hợp với Trung ương trong hai hướng còn lại.`,
    },
    {
      key: "dn-bien-dong",
      title: 'Thông tin đối ngoại về Biển Đông: bốn nội dung "công khai hóa"',
      body: `## Chủ động và minh bạch

Trên vấn đề Biển Đông, Việt Nam lựa chọn cách tiếp cận chủ động: đưa thông tin đầy đủ, có căn cứ ra công luận trong nước và quốc tế, thay vì để các luồng thông tin thiếu kiểm chứng chi phối nhận thức. Cách làm này được khái quát thành **"4 công khai hóa"**.

## Bốn nội dung công khai hóa

- công khai chứng cứ pháp lý khẳng định chủ quyền của Việt Nam đối với hai quần đảo Hoàng Sa và Trường Sa;
- công khai những hành động vi phạm chủ quyền của Việt Nam;
- công khai các việc Việt Nam đã và đang làm để bảo vệ chủ quyền;
- công khai sự ủng hộ của dư luận quốc tế đối với lập trường chính nghĩa của Việt Nam.

## Phần việc của các địa phương ven biển

Nhiều tỉnh, thành phố miền Trung có bờ biển dài, có đông ngư dân bám biển, và Đà Nẵng quản lý huyện đảo Hoàng Sa. Vì vậy, cán bộ thông tin đối ngoại ở địa phương có điều kiện thu thập tư liệu, hình ảnh, câu chuyện thực tế để bổ sung cho bốn nội dung trên.

Khi đưa tin về Biển Đông, cần bám sát định hướng của Trung ương, dùng dữ liệu chính xác và ngôn ngữ điềm tĩnh, để thông tin vừa thuyết phục người đọc trong nước, vừa tạo được thiện cảm với bạn bè quốc tế.`,
    },
    {
      key: "dn-chien-luoc",
      title:
        "Chiến lược phát triển thông tin đối ngoại 2011–2020 và Chương trình hành động 2013–2020",
      body: `## Hai văn bản, một định hướng

**Chiến lược phát triển thông tin đối ngoại giai đoạn 2011–2020** vạch ra mục tiêu và định hướng lâu dài cho lĩnh vực này. **Chương trình hành động của Chính phủ về thông tin đối ngoại giai đoạn 2013–2020** chuyển các định hướng đó thành những nhiệm vụ cụ thể cho các bộ, ngành và địa phương.

## Nội dung báo cáo tại hội nghị

Đồng chí Lê Văn Nghiêm, Cục trưởng Cục Thông tin đối ngoại, Bộ Thông tin và Truyền thông, giới thiệu hai văn bản và phân tích những yêu cầu đặt ra cho cấp tỉnh. Khi nghiên cứu, cán bộ địa phương nên chú ý mấy điểm sau:

- thông tin đối ngoại là trách nhiệm của cả hệ thống chính trị, không riêng của cơ quan tuyên giáo hay thông tin và truyền thông;
- cần gắn thông tin đối ngoại với thông tin đối nội;
- nên sử dụng nhiều kênh: báo chí, xuất bản phẩm, Internet, sự kiện văn hóa và hoạt động đón đoàn;
- đội ngũ cán bộ cần được bồi dưỡng nghiệp vụ thường xuyên.

## Ý nghĩa của đợt tập huấn

Hội nghị giúp cán bộ các tỉnh miền Trung và Tây Nguyên có căn cứ rõ ràng để thực hiện nhiệm vụ hiệu quả hơn. Bên cạnh đó, việc gặp gỡ trực tiếp giúp các cơ quan làm thông tin đối ngoại gắn kết với nhau, học hỏi những mô hình đã thành công ở địa phương bạn.`,
    },
    {
      key: "dn-ke-hoach-2014",
      title: "Lập chương trình, kế hoạch thông tin đối ngoại năm 2014 ở địa phương",
      body: `## Từ chiến lược đến kế hoạch năm

Chiến lược và Chương trình hành động chỉ thật sự đi vào cuộc sống khi được cụ thể hóa thành kế hoạch hằng năm của từng tỉnh, thành phố. Phần báo cáo của đồng chí Lê Văn Nghiêm vì thế dành riêng cho việc xây dựng chương trình, kế hoạch thông tin đối ngoại năm 2014 và những vấn đề mà địa phương phải giải quyết.

## Khung gợi ý cho một bản kế hoạch

- mục tiêu năm, bám theo bốn nội dung trọng tâm của công tác thông tin đối ngoại;
- đối tượng cần hướng tới và kênh truyền tải phù hợp với từng đối tượng;
- cơ quan chủ trì, cơ quan phối hợp cho mỗi nhiệm vụ;
- nguồn lực, kinh phí và mốc thời gian thực hiện;
- cách theo dõi, đánh giá và báo cáo kết quả.

## Câu hỏi địa phương cần tự trả lời

Trước khi hoàn thiện kế hoạch, mỗi tỉnh nên tự đánh giá: năng lực của đội ngũ hiện có đến đâu, sự phối hợp giữa các sở, ngành đã nhịp nhàng chưa, và những sự kiện nào trong năm có thể tận dụng để giới thiệu hình ảnh địa phương.

Một bản kế hoạch tốt không cần dài, nhưng phải có việc cụ thể, người chịu trách nhiệm rõ ràng và kết quả đo được. Các địa phương có thể trao đổi bản nháp với nhau để học hỏi trước khi trình cấp có thẩm quyền.`,
    },
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* 3. Ninh Bình, 13/4/2021                                                                    */
/* ------------------------------------------------------------------------------------------ */

const leHaiBinh: DemoSpeaker = {
  name: "Lê Hải Bình",
  title:
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Phó Trưởng ban chuyên trách Ban Chỉ đạo công tác thông tin đối ngoại Trung ương; Vụ trưởng Vụ Thông tin đối ngoại và hợp tác quốc tế, Ban Tuyên giáo Trung ương",
};

const buiMaiHoa: DemoSpeaker = {
  name: "Bùi Mai Hoa",
  title:
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Ninh Bình",
};

const ninhBinh: DemoEvent = {
  slug: "ninh-binh-2021",
  title: "Lớp bồi dưỡng công tác thông tin đối ngoại năm 2021",
  organiser: "Ban Tuyên giáo Tỉnh ủy Ninh Bình",
  venue: "Tỉnh Ninh Bình",
  date: "2021-04-13",
  timeZone: TZ,
  description:
    "Lớp bồi dưỡng buổi sáng cho thành viên Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, lãnh đạo các cơ quan, đoàn thể và các huyện, thành phố của Ninh Bình. Trọng tâm là những điểm mới của Văn kiện Đại hội XIII về tình hình thế giới, khu vực và đường lối đối ngoại.",
  sessions: [
    {
      title: "Đón tiếp đại biểu",
      start: "07:30",
      end: "08:00",
      room: "Sảnh hội trường",
      kind: "ceremony",
      description: "Đại biểu đăng ký tham dự và nhận tài liệu bồi dưỡng.",
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
        "Giới thiệu đại biểu, trong đó có Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Hồng Quảng, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh, và thông qua chương trình.",
      speakers: [],
      materialKeys: [],
    },
    {
      title: "Chuyên đề (phần 1): Cục diện thế giới và khu vực qua Văn kiện Đại hội XIII",
      start: "08:15",
      end: "09:30",
      room: "Hội trường",
      kind: "talk",
      description:
        "Những nhận định mới của Đại hội XIII về thế giới và khu vực, cùng tác động của chúng đối với Việt Nam.",
      speakers: [leHaiBinh],
      materialKeys: ["nb-cuc-dien"],
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
      title: "Chuyên đề (phần 2): Đường lối đối ngoại của Đảng và Nhà nước trong tình hình mới",
      start: "09:45",
      end: "10:45",
      room: "Hội trường",
      kind: "talk",
      description:
        "Những nét mới trong định hướng đối ngoại, vai trò của đối ngoại đa phương và nền ngoại giao ba trụ cột.",
      speakers: [leHaiBinh],
      materialKeys: ["nb-duong-loi"],
    },
    {
      title: "Kết luận: định hướng công tác thông tin đối ngoại của tỉnh năm 2021",
      start: "10:45",
      end: "11:30",
      room: "Hội trường",
      kind: "talk",
      description:
        "Trưởng ban Tuyên giáo Tỉnh ủy kết luận lớp bồi dưỡng và giao nhiệm vụ cho các cơ quan, địa phương.",
      speakers: [buiMaiHoa],
      materialKeys: ["nb-nhiem-vu-2021"],
    },
  ],
  materials: [
    {
      key: "nb-cuc-dien",
      title: "Văn kiện Đại hội XIII: nhận định về cục diện thế giới và khu vực",
      body: `## Chuyên đề của lớp bồi dưỡng

Báo cáo viên của lớp là đồng chí Lê Hải Bình. Chuyên đề của đồng chí giới thiệu **những điểm mới của Văn kiện Đại hội Đảng lần thứ XIII**, ở hai nội dung: cách nhìn nhận cục diện thế giới và khu vực, và đường lối đối ngoại của Đảng, Nhà nước trong giai đoạn hiện nay. Phần đầu dành cho đánh giá của Đại hội về bối cảnh quốc tế.

## Một thế giới biến động mạnh

Theo **Văn kiện Đại hội XIII**, thế giới đang thay đổi với quy mô lớn và tốc độ nhanh, diễn biến phức tạp và rất khó lường. Những điểm đáng chú ý:

- cơ hội và thách thức đan xen, nhưng thách thức nổi trội hơn;
- biến chuyển của thế giới và khu vực ảnh hưởng tới Việt Nam trên nhiều mặt;
- mức độ ảnh hưởng tăng lên vì nước ta đã hội nhập rộng và sâu.

## Hệ quả đối với nhiệm vụ đối ngoại

Từ nhận định đó, công tác đối ngoại trở nên quan trọng hơn và cũng nặng nề hơn. Nó phải làm cùng lúc hai việc: giúp đất nước thích ứng, ứng phó với một môi trường quốc tế nhiều biến động, và phục vụ các mục tiêu chiến lược về phát triển mà Việt Nam đặt ra cho những năm tới.

Đối với cán bộ thông tin đối ngoại ở địa phương, hiểu đúng bối cảnh này là điều kiện để giải thích cho người dân vì sao các chủ trương đối ngoại được lựa chọn như vậy, và để định hướng dư luận trước những sự kiện quốc tế phức tạp.`,
    },
    {
      key: "nb-duong-loi",
      title: "Đường lối đối ngoại theo Văn kiện Đại hội XIII và ba trụ cột ngoại giao",
      body: `## Vai trò tiên phong của đối ngoại

**Văn kiện Đại hội XIII** tiếp tục đặt đối ngoại ở vị trí tiên phong: tạo dựng và giữ vững môi trường hòa bình, ổn định; thu hút nguồn lực bên ngoài cho phát triển; nâng cao vị thế, uy tín của đất nước. Cùng với quốc phòng, an ninh và cả hệ thống chính trị, đối ngoại có trọng trách bảo vệ Tổ quốc **"từ sớm, từ xa"**.

## Những nguyên tắc xuyên suốt

Lợi ích quốc gia - dân tộc được đặt lên cao nhất, trên nền tảng Hiến chương Liên hợp quốc, luật pháp quốc tế và nguyên tắc bình đẳng, cùng có lợi. Việt Nam chủ động, tích cực hội nhập, đồng thời xử lý hài hòa quan hệ giữa độc lập, tự chủ với hội nhập quốc tế. Ở các diễn đàn đa phương, nước ta không dừng ở vai trò thành viên mà chủ động đóng góp, cùng các đối tác kiến tạo và định hình những thể chế chung, cũng như trật tự chính trị - kinh tế của thế giới.

## Nền ngoại giao toàn diện với ba trụ cột

Đại hội xác định xây dựng nền ngoại giao toàn diện, hiện đại, dựa trên ba trụ cột:

- **Đối ngoại đảng**: quan hệ của Đảng với các chính đảng và tổ chức chính trị ở nước ngoài;
- **Ngoại giao nhà nước**: quan hệ chính thức của Nhà nước với các quốc gia và tổ chức quốc tế;
- **Đối ngoại nhân dân**: giao lưu, hợp tác do các tổ chức nhân dân, đoàn thể, hội hữu nghị thực hiện.

Ba trụ cột bổ sung cho nhau. Ở cấp tỉnh, thông tin đối ngoại cần phản ánh đủ cả ba kênh, từ các chuyến thăm chính thức đến hoạt động giao lưu nhân dân.`,
    },
    {
      key: "nb-nhiem-vu-2021",
      title: "Định hướng công tác thông tin đối ngoại của Ninh Bình năm 2021",
      body: `## Gắn với việc thực hiện nghị quyết

Kết luận lớp bồi dưỡng, đồng chí Bùi Mai Hoa đề nghị học viên nghiên cứu sâu thêm nội dung chuyên đề, kết hợp với quán triệt, triển khai **Nghị quyết Đại hội XIII của Đảng** và **Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII**. Mỗi cơ quan, đơn vị cần có kế hoạch thông tin đối ngoại thiết thực, làm được và đo được.

## Trọng tâm tuyên truyền năm 2021

- những dịp kỷ niệm, lễ lớn của dân tộc và các sự kiện quan trọng diễn ra tại Ninh Bình;
- **Năm Du lịch quốc gia 2021 – Hoa Lư, Ninh Bình**;
- cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026;
- xúc tiến đầu tư, đưa thế mạnh du lịch, bề dày lịch sử, nét đặc sắc văn hóa và con người của tỉnh đến gần hơn với bạn bè quốc tế.

## Yêu cầu đối với báo chí và các trang thông tin

Các cơ quan báo chí của tỉnh cần nâng chất lượng tin, bài, phóng sự và chuyên trang, chuyên mục về đối ngoại, phản ánh kịp thời hoạt động đối ngoại của Đảng, Nhà nước và của tỉnh. Báo Ninh Bình điện tử, Trang thông tin điện tử Đảng bộ tỉnh, Cổng thông tin điện tử của UBND tỉnh cùng trang thông tin của các sở, ban, ngành, đoàn thể cũng phải cải thiện nội dung và dùng nhiều phương tiện hơn để thông tin nhanh, chính xác.

Ngoài ra, các đơn vị được yêu cầu hưởng ứng mạnh mẽ những giải báo chí cấp quốc gia mà Trung ương tổ chức, nắm chắc tâm trạng xã hội và tháo gỡ khó khăn ngay tại cơ sở, để tình hình chính trị, trật tự xã hội của tỉnh luôn ổn định.`,
    },
  ],
};

export const demoEvents: DemoEvent[] = [quangNgai, daNang, ninhBinh];
