// The report: fixed words of the document (beyond the Cấu hình template), the dialog, its errors.
import { DATE_PLACEHOLDER } from './common';

const n = (v: number): string => String(v);
// Plain literals (no template): the dialog's script bundles this file, and only pure constants drop out.
const PRINCIPAL = 'HIỆU TRƯỞNG';
const DEPUTY_FOR = 'KT. HIỆU TRƯỞNG';
const DEPUTY = 'PHÓ HIỆU TRƯỞNG';
/** "05/BC-THMT": the report's number as the Phụ lục cites it. */
const numberRef = (number: string, docCode: string) => `${number}/BC-${docCode}`;
/** "Số: 05/BC-THMT": the document's number line and the dialog's preview of it. */
const numberLine = (number: string, docCode: string) => `Số: ${numberRef(number, docCode)}`;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Report periods (src/core/report/periods.ts): the phrase in a sentence and the short form for file names. */
export const periodMsg = {
  quarter: (quarter: number, year: number) => `quý ${ROMAN[quarter - 1]} năm ${year}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
  nineMonths: (year: number) => `9 tháng năm ${year}`,
  year: (year: number) => `năm ${year}`,
  custom: (from: string, to: string) => `từ ngày ${from} đến ngày ${to}`,
  quarterShort: (quarter: number, year: number) => `Quý ${ROMAN[quarter - 1]} ${year}`,
} as const;

export const reportMsg = {
  // The document.
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  docType: 'BÁO CÁO',
  recipientsLabel: 'Nơi nhận:',
  archive: 'Lưu: VT',
  principalTitle: PRINCIPAL,
  deputyFor: DEPUTY_FOR,
  deputyTitle: DEPUTY,
  numberLine,
  numberRef,
  /** "Mỹ Lộc, ngày 05 tháng 01 năm 2026" (day and month already written as ND30 wants). */
  placeDate: (place: string, day: string, month: string, year: number) =>
    `${place}, ngày ${day} tháng ${month} năm ${year}`,
  defaultPlanReference: (year: number, school: string) => `Kế hoạch cải cách hành chính năm ${year} của ${school}`,
  // A plan that is not CCHC (issue 16 §3): the title and căn cứ name the plan; one part per area of it.
  severalPlans: 'các kế hoạch',
  planSubject: (plan: string, period: string) => `Kết quả thực hiện ${plan} ${period}`,
  planBasis: (cited: string, school: string, plan: string, period: string) =>
    `Căn cứ ${cited}, ${school} báo cáo kết quả thực hiện ${plan === cited ? 'kế hoạch' : plan} ${period} như sau:`,
  planResultsPart: 'KẾT QUẢ THỰC HIỆN',
  /** "BC KH 12/KH-THMT Quý I 2026 - TH Mỹ Thịnh": the plan's number when the report is on one numbered plan. */
  planDocName: (number: string, period: string, school: string) =>
    `BC KH${number ? ` ${number}` : ''} ${period} - ${school}`,
  asOf: (date: string) => `Tính đến ngày ${date}: `,
  noTasksInArea: 'Trong kỳ không có nhiệm vụ thuộc lĩnh vực này.',
  noResultsYet: 'Chưa có kết quả thực hiện được cập nhật trong kỳ.',
  noResultText: '(chưa ghi kết quả)',
  evidencePrefix: 'Minh chứng: ',
  /** A link with no reference of its own. */
  evidenceItem: (n: number) => `Minh chứng ${n}`,
  /** An issued document as assessors cite it: "Kế hoạch số 12/KH-THMT ngày 05/02/2026 của …". */
  evidenceReference: (kind: string, number: string, code: string, date: string, issuer: string) =>
    `${kind} số ${number}/${code} ngày ${date}${issuer ? ` của ${issuer}` : ''}`,
  /** A task's link where a line lists several tasks' evidence: "II.1", or "II.1 (2)" for its second. */
  evidenceOf: (code: string, n: number | null) => (n === null ? code : `${code} (${n})`),
  /** One result written alike for several tasks. */
  sharedResult: (result: string, codes: string) => `${result} (các nhiệm vụ ${codes})`,
  unfinished: (items: readonly string[]) => `Chưa hoàn thành: ${items.join('; ')}`,
  unfinishedItem: (label: string, days: number) => `${label} (quá hạn ${n(days)} ngày)`,
  overdueCount: (count: number) => `Còn ${n(count)} nhiệm vụ quá hạn chưa hoàn thành (chi tiết tại Phụ lục).`,
  problemsIntro: 'Khó khăn, vướng mắc:',
  /** A text shared by several tasks, with their codes. */
  withCodes: (text: string, codes: string) => (codes ? `${text} (${codes})` : text),
  difficultiesPrefix: 'Khó khăn, vướng mắc: ',
  strengths: (done: number, due: number, rate: string, onTime: number, onTimeRate: string) =>
    `Đã hoàn thành ${n(done)}/${n(due)} nhiệm vụ đến hạn, đạt ${rate}; trong đó ${n(onTime)} nhiệm vụ hoàn thành đúng hạn (${onTimeRate}).`,
  strengthsNoneDue: (inProgress: number) =>
    `Chưa có nhiệm vụ nào đến hạn; ${n(inProgress)} nhiệm vụ đang được triển khai trong hạn.`,
  areasComplete: (areas: readonly string[]) => `Các lĩnh vực hoàn thành toàn bộ nhiệm vụ đến hạn: ${areas.join('; ')}.`,
  noOverdue: 'Không có nhiệm vụ quá hạn chưa hoàn thành.',
  overdueDetail: (owner: string, days: number) => `chủ trì: ${owner || 'chưa giao'}; quá hạn ${n(days)} ngày`,
  doneLate: (count: number) => `Có ${n(count)} nhiệm vụ hoàn thành nhưng quá hạn.`,
  nextIntro: (period: string, from: string, to: string) =>
    `Các nhiệm vụ đến hạn trong ${period} (từ ngày ${from} đến ngày ${to}):`,
  nextNone: (period: string) => `Không có nhiệm vụ đến hạn trong ${period}.`,
  dueDetail: (owner: string, due: string) => `chủ trì: ${owner || 'chưa giao'}; thời hạn ${due}`,
  carryOverIntro: 'Tiếp tục thực hiện các nhiệm vụ quá hạn chưa hoàn thành:',
  noProposals: 'Không có đề xuất, kiến nghị.',
  annexSubtitle: (number: string, date: string, school: string, asOf: string) =>
    `(Kèm theo Báo cáo số ${number} ngày ${date} của ${school}; số liệu tính đến ngày ${asOf})`,
  annexHeader: [
    'STT',
    'Mã',
    'Nội dung nhiệm vụ',
    'Chủ trì',
    'Thời hạn, tình trạng',
    'Kết quả, minh chứng',
  ] as readonly string[],
  days: (count: number) => `${n(count)} ngày`,
  docName: (period: string, school: string) => `BC CCHC ${period} - ${school}`,
  pdfSuffix: '.pdf',

  // The dialog and the build.
  dialogTitle: 'Tạo báo cáo CCHC',
  custom: 'Tùy chọn (từ ngày – đến ngày)',
  registerSheetCreated: 'Đã tạo trang "Sổ báo cáo".',
  failed: (step: string, detail: string, trashed: boolean) =>
    `Không tạo được báo cáo (bước: ${step}). ${detail}\n${trashed ? 'Văn bản dở dang đã được chuyển vào thùng rác; ' : ''}số báo cáo chưa bị dùng, có thể tạo lại.`,
  /** Refused before anything is created: Google Docs cannot hold a document this long. */
  tooLong: (count: string, limit: string) =>
    `Báo cáo dài khoảng ${count} ký tự, vượt giới hạn ${limit} ký tự một văn bản của Google Docs, nên chưa tạo. Hãy chọn kỳ báo cáo ngắn hơn hoặc rút gọn Kết quả, Minh chứng của các nhiệm vụ. Chưa có gì được ghi; số báo cáo chưa bị dùng.`,
  steps: {
    read: 'đọc sổ theo dõi',
    create: 'tạo văn bản',
    write: 'viết nội dung',
    folder: 'lưu vào thư mục',
    pdf: 'tạo bản PDF',
    register: 'ghi sổ báo cáo',
  },
  errors: {
    form: 'Dữ liệu gửi lên không hợp lệ. Hãy đóng và mở lại hộp thoại.',
    period: 'Hãy chọn kỳ báo cáo.',
    year: 'Năm không hợp lệ.',
    from: 'Ngày bắt đầu không hợp lệ (dd/MM/yyyy).',
    to: 'Ngày kết thúc không hợp lệ (dd/MM/yyyy).',
    range: 'Ngày kết thúc phải sau ngày bắt đầu.',
    rangeTooLong: 'Kỳ báo cáo tùy chọn không dài quá 1 năm.',
    reportDate: 'Ngày báo cáo không hợp lệ (dd/MM/yyyy).',
    number: 'Số báo cáo phải là số nguyên từ 1 đến 9999.',
    numberTaken: (number: string, date: string) =>
      `Số ${number} năm nay đã dùng cho báo cáo ngày ${date}. Hãy chọn số khác hoặc để trống.`,
    signerName: 'Hãy nhập họ tên phó hiệu trưởng ký thay.',
    recipients: 'Hãy nhập ít nhất một nơi nhận.',
    recipientTooLong: 'Mỗi nơi nhận không dài quá 200 ký tự.',
  },
} as const;

/** The dialog's fixed words: src/ui/report.html prints them as `msg` (src/adapters/pages.ts). */
export const reportPageMsg = {
  datePlaceholder: DATE_PLACEHOLDER,
  plan: 'Kế hoạch',
  period: 'Kỳ báo cáo',
  from: 'Từ ngày',
  to: 'Đến ngày',
  reportDate: 'Ngày báo cáo',
  number: 'Số',
  blankNumber: 'Để trống (văn thư cấp số)',
  signer: 'Người ký',
  principal: PRINCIPAL,
  deputyFor: DEPUTY_FOR,
  deputy: DEPUTY,
  deputyName: 'Họ tên phó hiệu trưởng ký thay',
  recipients: 'Nơi nhận',
  recipientsHint: 'Mỗi dòng một nơi nhận; "Lưu: VT" được thêm nếu thiếu.',
  pdf: 'Lưu thêm bản PDF bên cạnh',
  submit: 'Xem trước',
  close: 'Đóng',
} as const;

/** What the dialog's script shows (bundled into src/ui/report.client.ts). */
export const reportClientMsg = {
  numberLine,
  allPlans: 'Tất cả các kế hoạch',
  principal: (name: string) => `${PRINCIPAL} – ${name}`,
  building: 'Đang tạo báo cáo…',
  previewing: 'Đang xem trước…',
  previewLabel: 'Xem trước',
  buildLabel: 'Tạo báo cáo',
  previewTitle: 'Báo cáo sẽ gồm:',
  pages: (body: number, annex: number) =>
    `Khoảng ${n(body)} trang báo cáo (đến phần chữ ký) và ${n(annex)} trang phụ lục.`,
  section: (title: string, items: number) => `${title}: ${n(items)} dòng`,
  internalTitle: 'Đề xuất gửi nội bộ nhà trường, không đưa vào báo cáo gửi cấp trên (đánh dấu để đưa vào):',
  internalItem: (text: string, codes: string) => (codes ? `${text} (${codes})` : text),
  withoutEvidence: (count: number, codes: readonly string[]) =>
    `${n(count)} nhiệm vụ hoàn thành chưa có minh chứng${count ? `: ${codes.join(', ')}` : ''}.`,
  previewHint: 'Bấm "Tạo báo cáo" để tạo văn bản; sửa bất kỳ mục nào ở trên thì cần xem trước lại.',
  done: (name: string) => `Đã tạo báo cáo "${name}".`,
  openDoc: 'Mở báo cáo',
  openPdf: 'Mở bản PDF',
} as const;
