// Workbook setup and plan import: what the user reads (refusals, warnings, preview, log lines).
export const setupMsg = {
  done: (created: readonly string[], repaired: readonly string[]) =>
    [
      'Đã khởi tạo / sửa sổ theo dõi.',
      created.length ? `Tạo mới: ${created.join(', ')}.` : '',
      repaired.length ? `Đã sửa: ${repaired.join('; ')}.` : 'Không có gì cần sửa.',
    ]
      .filter(Boolean)
      .join('\n'),
  renamedTab: (from: string, to: string) => `đổi tên trang "${from}" thành "${to}"`,
  addedColumns: (sheet: string, headers: readonly string[]) =>
    `thêm cột ${headers.map((h) => `"${h}"`).join(', ')} vào trang "${sheet}"`,
  addedSettings: (labels: readonly string[]) => `thêm mục cấu hình ${labels.map((l) => `"${l}"`).join(', ')}`,
  dashboardPlaceholder: 'Bảng tổng hợp sẽ hiển thị ở đây sau khi bật cờ trạng thái (CCHC → Làm mới định dạng).',
  settingsHeader: ['Mục', 'Giá trị', 'Ghi chú'] as const,
  helpDate: 'Nhập ngày dạng dd/MM/yyyy, ví dụ 15/03/2026.',
  helpArea: 'Chọn lĩnh vực trong danh sách: các lĩnh vực cải cách hành chính, hoặc các mục của kế hoạch khác đã nhập.',
  helpStatus: 'Chọn trạng thái: Chưa thực hiện, Đang thực hiện, Hoàn thành hoặc Tạm hoãn.',
  helpOwner: 'Chọn người chủ trì trong danh sách Cán bộ.',
  helpProgress: 'Nhập tiến độ từ 0% đến 100%.',
  helpRole: 'Quản lý hoặc Cán bộ.',
  helpActive: 'Có hoặc Không.',
  helpEmail: 'Nhập địa chỉ email hợp lệ.',
  helpChoice: 'Chọn một giá trị trong danh sách.',
  forbidden: 'Chỉ hiệu trưởng hoặc cán bộ quản lý được khởi tạo / sửa sổ theo dõi.',
  /** Asked before setup adds columns to a sheet in use: what it cannot find and would add, and what it sees. */
  confirmColumns: (changes: readonly { sheet: string; missing: readonly string[]; unknown: readonly string[] }[]) =>
    [
      'Khởi tạo / sửa sổ theo dõi sẽ thêm cột:',
      ...changes.flatMap((c) => [
        `- Trang "${c.sheet}": không tìm thấy cột ${c.missing.map((h) => `"${h}"`).join(', ')}; sẽ thêm cột mới, để trống, ở cuối trang.`,
        ...(c.unknown.length
          ? [
              `  Cột lạ đang có: ${c.unknown.map((h) => `"${h}"`).join(', ')}. Nếu một cột trong đó là cột bị đổi tên, hãy chọn Không rồi đặt lại đúng tên tiêu đề.`,
            ]
          : []),
      ]),
      'Tiếp tục?',
    ].join('\n'),
  cancelled: 'Đã hủy: sổ theo dõi không bị thay đổi.',
  changedMeanwhile:
    'Tiêu đề cột vừa bị thay đổi trong lúc chờ xác nhận, nên chưa có gì bị thay đổi. Hãy chạy lại "CCHC → Khởi tạo / sửa sổ theo dõi".',
} as const;

export const planMsg = {
  refuseEmpty: 'Văn bản trống: không có nội dung để nhập.',
  refuseTitleOnly:
    'Văn bản chỉ có tiêu đề, chưa có các phần nhiệm vụ. Hãy dán toàn bộ kế hoạch (gồm các phần NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN).',
  refuseTruncated: (part: string) =>
    `Văn bản có vẻ bị cắt giữa chừng: dừng ở phần "${part}" khi chưa có nhiệm vụ nào. Hãy sao chép lại toàn bộ kế hoạch, đến hết phần TỔ CHỨC THỰC HIỆN, rồi dán lại.`,
  refuseTruncatedBeforeParts:
    'Văn bản có vẻ bị cắt giữa chừng: dừng ở phần mở đầu (căn cứ, mục đích) khi chưa đến các phần nhiệm vụ. Hãy sao chép lại toàn bộ kế hoạch, đến hết phần TỔ CHỨC THỰC HIỆN, rồi dán lại.',
  refuseNoStructure:
    'Không nhận ra cấu trúc kế hoạch: không tìm thấy phần NHIỆM VỤ, GIẢI PHÁP hoặc TỔ CHỨC THỰC HIỆN có các mục đánh số hay gạch đầu dòng.',
  duplicateCode: (code: string, used: string) =>
    `Số thứ tự ${code} bị lặp trong kế hoạch; nhiệm vụ sau được ghi mã ${used}.`,
  unknownArea: (code: string, area: string) =>
    `Không xác định được lĩnh vực của nhiệm vụ ${code}; tạm xếp vào "${area}", hãy kiểm tra lại.`,
  unparsedDate: (code: string, text: string) =>
    `Không đọc được thời hạn "${text}" của nhiệm vụ ${code}; ô Thời hạn để trống.`,
  twoDeadlines: (code: string, dates: readonly string[]) =>
    `Nhiệm vụ ${code} nêu ${dates.length} thời hạn (${dates.join(', ')}); đã ghi thời hạn đầu ${dates[0]}. Nếu đó là các việc riêng, hãy tách thành nhiệm vụ riêng sau khi nhập.`,
  skippedPart: (heading: string) => `Bỏ qua phần "${heading}" (không phải phần nhiệm vụ).`,
  skippedObjectives: (codes: readonly string[]) =>
    `Bỏ qua ${codes.length} mục "Mục tiêu" (${codes.join(', ')}): mục tiêu, chỉ tiêu không phải nhiệm vụ.`,
  unreadTable: (quoted: string) =>
    `Một bảng không có cột "Nội dung" kèm "Chủ trì", "Phối hợp" hoặc "Thời hạn" nên không được đọc: "${quoted}". Nếu đó là bảng nhiệm vụ, hãy đặt lại tiêu đề cột rồi nhập lại.`,
  unreadAppendix: (heading: string, n: number, first: string) =>
    `Phần "${heading}" có ${n} đoạn không ở dạng bảng nên không được nhập (đoạn đầu: "${first}"). Nếu đó là nhiệm vụ, hãy thêm tay sau khi nhập.`,
  guessedPart: (line: string, label: string) =>
    `Dòng "${line}" (không đánh số) được coi là tiêu đề phần ${label}; các mục bên dưới được xếp vào phần đó.`,
  noPlanNumber: 'Không tìm thấy số kế hoạch (dòng "Số: …") ở đầu văn bản.',
  noPlanDate: 'Không tìm thấy ngày ban hành (dòng "…, ngày … tháng … năm …") ở đầu văn bản.',
  planSource: (number: string, date: string) => `Kế hoạch số ${number}${date ? ` ngày ${date}` : ''}`,
  planSourceUntitled: (title: string) => (title ? `Kế hoạch ${title}` : 'Kế hoạch CCHC'),
  /** "Kế hoạch số 15/KH-THMT ngày 05/09/2025 về chuyển đổi số năm học 2025 - 2026": a plan that is not CCHC. */
  planSourceAbout: (cited: string, title: string) =>
    `${cited} về ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`,
  tableGroupNote: (n: number) => `Bảng nhiệm vụ ${n}`,
} as const;

/** How the preview read the plan's areas (core/plan/mode.ts), by mode. */
const PLAN_MODE_LABELS = {
  cchc: 'Kế hoạch CCHC: lĩnh vực theo Nghị quyết 76',
  plan: 'Kế hoạch khác: lĩnh vực theo các mục của kế hoạch',
} as const;

export const importMsg = {
  dialogTitle: 'Nhập kế hoạch',
  modes: PLAN_MODE_LABELS,
  refuseEmptyInput: 'Hãy dán nội dung kế hoạch hoặc nhập đường liên kết / ID của Google Tài liệu.',
  refuseBadLink:
    'Đường liên kết không phải của một Google Tài liệu (Docs). Hãy mở kế hoạch trong Google Tài liệu và sao chép đường liên kết.',
  refuseCannotOpen: 'Không mở được tài liệu: liên kết sai hoặc bạn chưa được chia sẻ quyền xem tài liệu này.',
  refuseNotDoc:
    'Tệp này không phải Google Tài liệu. Hãy chuyển tệp sang Google Tài liệu (Tệp → Lưu dưới dạng Google Tài liệu) rồi thử lại.',
  refusePayload: 'Dữ liệu gửi lên không hợp lệ. Hãy mở lại hộp thoại và thử lại.',
  /** The Word upload refused, by what uploadKind (src/contracts/importPlan.ts) found. */
  refuseUpload: {
    missing: 'Hãy chọn một tệp Word (.docx) để tải lên.',
    empty: (name: string) => `Tệp "${name}" trống (0 byte). Hãy chọn đúng tệp kế hoạch.`,
    tooLarge: (name: string, mb: string) => `Tệp "${name}" nặng ${mb} MB, quá giới hạn 10 MB.`,
    oldDoc: (name: string) =>
      `Tệp "${name}" là tệp Word cũ (.doc). Hãy mở tệp trong Word, chọn Tệp → Lưu thành → "Tài liệu Word (.docx)", rồi tải tệp .docx lên.`,
    pdf: (name: string) =>
      `Tệp "${name}" là PDF, không đọc được các mục của kế hoạch. Hãy xin văn thư bản Word (.docx) của kế hoạch, hoặc dán nội dung vào ô "Dán nội dung".`,
    notDocx: (name: string) => `Tệp "${name}" không phải tệp Word (.docx). Hãy chọn tệp có đuôi .docx.`,
    protected: (name: string) =>
      `Tệp "${name}" có đặt mật khẩu nên không đọc được. Hãy mở tệp trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu), lưu lại rồi tải lên.`,
    corrupt: (name: string) =>
      `Tệp "${name}" bị hỏng hoặc không phải tệp Word thật (.docx). Hãy mở thử tệp trong Word, lưu lại thành .docx rồi tải lên.`,
  },
  refuseConvert: (name: string) =>
    `Google Drive không chuyển được tệp "${name}" sang Google Tài liệu (tệp có thể bị hỏng). Chưa có gì được nhập. Hãy mở tệp trong Word, lưu lại thành .docx rồi thử lại.`,
  refuseConvertedUnread: (name: string) =>
    `Không đọc được bản Google Tài liệu chuyển từ tệp "${name}". Chưa có gì được nhập; hãy thử lại.`,
  refuseNotTrashed: (name: string) =>
    `Không xóa được bản Google Tài liệu tạm "${name}" chuyển từ tệp Word, nên chưa có gì được nhập. Hãy xóa tệp đó trong Google Drive của bạn rồi thử lại.`,
  /** The converted copy's name in Drive while it is read (it is trashed straight after). */
  convertedName: (name: string) => `${name.replace(/\.docx$/i, '')} (bản chuyển đổi tạm để nhập kế hoạch)`,
  refuseTooLarge: 'Kế hoạch quá dài để nhập một lần (quá 2.000.000 ký tự).',
  missingColumn: (header: string) =>
    `Trang "Nhiệm vụ" thiếu cột "${header}". Hãy chạy "CCHC → Khởi tạo / sửa sổ theo dõi" rồi nhập lại.`,
  refuseUnplacedRows: (rows: readonly string[]) =>
    `Còn ${rows.length} dòng bảng chưa khớp chưa được chọn (${rows.join(', ')}). Hãy chọn nhiệm vụ tương ứng hoặc "Thêm thành nhiệm vụ mới" cho từng dòng, rồi bấm nhập lại.`,
  logAddedDetail: (n: number, codes: readonly string[], more: boolean) =>
    `${n} nhiệm vụ: ${codes.join(', ')}${more ? ', …' : ''}`,
  logRecoded: (from: string, to: string) => `Đổi mã ${from} → ${to}`,
  /** A removed row's code when a live task now carries it. */
  oldCode: (code: string) => `${code} (cũ)`,
  logSummary: (source: string, added: number, updated: number, removed: number, unchanged: number) =>
    `${source}: thêm ${added}, cập nhật ${updated}, bỏ ${removed}, giữ nguyên ${unchanged}`,
  done: (added: number, updated: number, removed: number, unchanged: number) =>
    `Đã nhập kế hoạch: thêm ${added} nhiệm vụ, cập nhật ${updated}, đánh dấu bỏ ${removed}, giữ nguyên ${unchanged}.`,
} as const;

/** The import dialog's fixed words: src/ui/import.html prints them as `msg` (src/adapters/pages.ts). */
export const importPageMsg = {
  heading: 'Nhập kế hoạch',
  fromDoc: 'Từ Google Tài liệu',
  fromText: 'Dán nội dung',
  fromWord: 'Tải lên tệp Word (.docx)',
  wordLabel: 'Tệp Word (.docx) của kế hoạch, tối đa 10 MB',
  wordHint: 'Tệp được chuyển tạm sang Google Tài liệu để đọc, rồi bản tạm được xóa ngay.',
  docLabel: 'Đường liên kết hoặc ID của Google Tài liệu',
  docHint: 'Ví dụ: https://docs.google.com/document/d/…/edit. Bạn cần có quyền xem tài liệu.',
  textLabel: 'Nội dung kế hoạch',
  textHint: 'Dán toàn bộ văn bản kế hoạch, từ dòng "Số: …" đến hết phần TỔ CHỨC THỰC HIỆN.',
  preview: 'Xem trước',
  confirm: 'Nhập vào sổ theo dõi',
  close: 'Đóng',
} as const;

/** What the import dialog's script shows (bundled into src/ui/import.client.ts). */
export const importClientMsg = {
  reading: 'Đang đọc kế hoạch…',
  pickWordFile: 'Hãy chọn tệp Word (.docx) của kế hoạch trước khi xem trước.',
  writing: 'Đang ghi vào sổ theo dõi…',
  total: (n: number, source: string) => `${source}: ${n} nhiệm vụ`,
  byArea: 'Số nhiệm vụ theo lĩnh vực',
  first: 'Các nhiệm vụ đầu tiên',
  warnings: 'Lưu ý',
  mode: 'Cách xếp lĩnh vực',
  modes: PLAN_MODE_LABELS,
  /** The mode the importer chose, beside its label in the pick. */
  modeSuggested: (label: string) => `${label} (đề xuất)`,
  unmatchedRows: 'Dòng bảng chưa khớp',
  unmatchedHint:
    'Mỗi dòng dưới đây chưa khớp với một nhiệm vụ trong kế hoạch. Hãy chọn nhiệm vụ mà dòng đó nói tới, hoặc "Thêm thành nhiệm vụ mới" (dòng đó được thêm ngoài số nhiệm vụ nêu ở trên).',
  unmatchedRow: (row: string, content: string, candidates: readonly string[]) =>
    candidates.length > 0
      ? `${row} — ${content} (khớp ngang nhau với ${candidates.join(', ')})`
      : `${row} — ${content} (không khớp nhiệm vụ nào)`,
  pickTask: '— Chọn —',
  addAsNew: (area: string) => `Thêm thành nhiệm vụ mới (${area})`,
  taskOption: (code: string, content: string) => `${code} — ${content}`,
  changes: (c: { added: number; updated: number; removed: number; unchanged: number }) =>
    `Khi nhập: thêm ${c.added}, cập nhật ${c.updated}, đánh dấu bỏ ${c.removed}, giữ nguyên ${c.unchanged}. Giá trị cán bộ đã nhập được giữ nguyên.`,
} as const;
