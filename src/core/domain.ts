// The CCHC domain vocabulary: areas (lĩnh vực), the status people set (Trạng thái), the computed
// condition (Tình trạng, official statistics wording), staff roles, and the Task record.

export const Area = {
  Direction: 'Chỉ đạo, điều hành',
  Institution: 'Cải cách thể chế',
  Procedure: 'Cải cách TTHC',
  Apparatus: 'Cải cách tổ chức bộ máy',
  CivilService: 'Cải cách chế độ công vụ',
  PublicFinance: 'Cải cách tài chính công',
  DigitalGovernment: 'Chính quyền điện tử, chính quyền số',
  Implementation: 'Tổ chức thực hiện',
} as const;
export type Area = (typeof Area)[keyof typeof Area];
/** In report order (Nghị quyết 76/NQ-CP), then Tổ chức thực hiện. */
export const AREAS: readonly Area[] = Object.values(Area);

/** How a plan's tasks get their areas: the list above (a CCHC plan), or the plan's own sections (core/plan/mode.ts). */
export type PlanMode = 'cchc' | 'plan';

/** Trạng thái: what a person says about their task. */
export const ProgressStatus = {
  NotStarted: 'Chưa thực hiện',
  InProgress: 'Đang thực hiện',
  Done: 'Hoàn thành',
  Paused: 'Tạm hoãn',
  /** Hoàn thành by its owner while Cấu hình asks the principal to confirm: not done until a manager confirms. */
  AwaitingConfirmation: 'Chờ xác nhận',
} as const;
export type ProgressStatus = (typeof ProgressStatus)[keyof typeof ProgressStatus];
export const PROGRESS_STATUSES: readonly ProgressStatus[] = Object.values(ProgressStatus);

/** Tình trạng: computed from the fields on a date. */
export const TaskCondition = {
  DoneOnTime: 'Hoàn thành đúng hạn',
  DoneLate: 'Hoàn thành quá hạn',
  OnTrack: 'Trong hạn',
  DueSoon: 'Sắp đến hạn',
  OverdueNotDone: 'Quá hạn chưa hoàn thành',
  /** Reported done, waiting for a manager's confirmation: not done, inside the rates. */
  AwaitingConfirmation: 'Chờ xác nhận',
  Unassigned: 'Chưa giao',
  NoDueDate: 'Chưa có thời hạn',
  Paused: 'Tạm hoãn',
  RemovedFromPlan: 'Đã bỏ khỏi kế hoạch',
} as const;
export type TaskCondition = (typeof TaskCondition)[keyof typeof TaskCondition];

/** Written in Ghi chú kế hoạch when a re-import no longer finds the task in the plan. */
export const REMOVED_FROM_PLAN = TaskCondition.RemovedFromPlan;

export const StaffRole = { Manager: 'Quản lý', Staff: 'Cán bộ' } as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** The Chức vụ that makes a staff member their team's leader ("Tổ trưởng chuyên môn" too). */
export const TEAM_LEADER_POSITION = 'Tổ trưởng';

/**
 * The school's time zone, the one source for every date and time the tracker reads or writes: the
 * manifest declares it (the script's zone, and the daily trigger's), setup sets the spreadsheet to it.
 */
export const SCHOOL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A calendar date in the school's time zone, as 'yyyy-MM-dd'. */
export type IsoDate = string;

export interface Task {
  code: string;
  area: string;
  content: string;
  /** Tên ngắn: how the report's body names the task; '' derives it from the content. */
  shortName: string;
  source: string;
  owner: string;
  coOwners: string;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  planNote: string;
  progressStatus: string;
  /** 0..1, null when empty. */
  progress: number | null;
  completedDate: IsoDate | null;
  result: string;
  difficulties: string;
  proposal: string;
  evidence: string;
  /** The links inside the Minh chứng cell (Sheets' rich text), offsets into `evidence`; [] when none. */
  evidenceLinks: EvidenceLink[];
  /** Sheet row number, for links only: rows are identified by code. */
  row: number;
}

/** A link over evidence[start, end) (0-based, end exclusive), as a cell's rich text holds it. */
export interface EvidenceLink {
  start: number;
  end: number;
  url: string;
}

/**
 * A task as the plan states it: the plan-owned fields of a Task, with its area: one of the list for a
 * CCHC plan, the plan's own section heading for any other plan (core/plan/mode.ts).
 */
export interface ParsedTask extends Pick<
  Task,
  'code' | 'content' | 'source' | 'owner' | 'coOwners' | 'startDate' | 'dueDate'
> {
  area: string;
  /** The group label above the task (for the preview), '' when none. */
  group: string;
}

export interface StaffMember {
  name: string;
  email: string;
  position: string;
  team: string;
  role: StaffRole | string;
  active: boolean;
}

// Stored vocabularies. These ids are written into the tracker's own records (the sent record's keys,
// kinds and statuses; the journal) and read back by later runs, so they never change with wording:
// the words people see live in messages/, looked up by id.

/** Why a task is in an alert. */
export const AlertReason = { Overdue: 'overdue', DueSoon: 'due-soon' } as const;
export type AlertReason = (typeof AlertReason)[keyof typeof AlertReason];

/** The due-soon mentions of a task; an overdue mention is overdueMilestoneId(day). */
export const DueSoonMilestone = { Enter: 'enter', DayBefore: 'day-before' } as const;
export type DueSoonMilestone = (typeof DueSoonMilestone)[keyof typeof DueSoonMilestone];
export const overdueMilestoneId = (day: number): string => `day-${day}`;

/** What became of a sent-record entry. */
export const SentStatus = {
  Sent: 'sent',
  Failed: 'failed',
  /** A failure named in a summary by an earlier version, which did not retry: settled. */
  FailedReported: 'failed-reported',
  /** A summary cadence point with nothing to report: consumed without an email. */
  Nothing: 'nothing',
  /** Journaled before the send; the run ended before its outcome was known (treated as sent: at most once). */
  InFlight: 'in-flight',
  /** An in-flight entry already named in a summary. */
  InFlightReported: 'in-flight-reported',
  /** Failed MAX_TRIES times: no more retries. */
  GaveUp: 'gave-up',
} as const;
export type SentStatus = (typeof SentStatus)[keyof typeof SentStatus];

export const SentKind = { Item: 'item', Summary: 'summary' } as const;
export type SentKind = (typeof SentKind)[keyof typeof SentKind];

/** What a Nhật ký line records; the sheet shows its label (messages/log.ts). */
export const LogAction = {
  Setup: 'setup',
  PlanImported: 'plan-imported',
  PlanTaskAdded: 'plan-task-added',
  PlanTaskUpdated: 'plan-task-updated',
  PlanTaskRemoved: 'plan-task-removed',
  PlanTaskRestored: 'plan-task-restored',
  Assigned: 'assigned',
  Reassigned: 'reassigned',
  AssignEmailSent: 'assign-email-sent',
  AssignEmailFailed: 'assign-email-failed',
  InvalidInput: 'invalid-input',
  EditOnBehalf: 'edit-on-behalf',
  EditLate: 'edit-late',
  LogRecreated: 'log-recreated',
  FormattingRefreshed: 'formatting-refreshed',
  AlertsRefused: 'alerts-refused',
  AlertSent: 'alert-sent',
  AlertSummarySent: 'alert-summary-sent',
  AlertFailed: 'alert-failed',
  AlertCarried: 'alert-carried',
  AlertsBroken: 'alerts-broken',
  AlertsEnabled: 'alerts-enabled',
  AlertsDisabled: 'alerts-disabled',
  AwaitingConfirmation: 'awaiting-confirmation',
  CompletionConfirmed: 'completion-confirmed',
  CompletionSentBack: 'completion-sent-back',
} as const;
export type LogAction = (typeof LogAction)[keyof typeof LogAction];

/** One Nhật ký line as the code builds it; the log adds the time and the user. */
export interface LogLine {
  action: LogAction;
  /** The task code(s) the line is about. */
  code?: string;
  detail?: string;
}
