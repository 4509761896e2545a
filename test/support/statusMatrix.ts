// The status matrix: every Tình trạng, the boundary days, and the odd inputs, as task rows relative
// to a simulated today. Both faces of the status engine (taskState and the sheet formulas) must
// give the same answers on it.
import { addDays } from '../../src/core/dates';
import type { IsoDate } from '../../src/core/domain';
import type { StatusInput } from '../../src/core/status/engine';

export interface MatrixCase {
  name: string;
  owner?: string;
  /** Days from today; null = no due date. */
  due: number | null;
  status?: string;
  /** Days from today; null = empty. */
  completed?: number | null;
  planNote?: string;
}

/** Cases for N = dueSoonDays. */
export function statusMatrix(n: number): MatrixCase[] {
  return [
    { name: 'trong hạn, xa', due: 40, status: 'Đang thực hiện' },
    { name: 'N+1 ngày nữa đến hạn', due: n + 1 },
    { name: 'N ngày nữa đến hạn', due: n, status: 'Chưa thực hiện' },
    { name: 'đến hạn ngày mai', due: 1, status: 'Đang thực hiện' },
    { name: 'đến hạn hôm nay', due: 0 },
    { name: 'quá hạn một ngày', due: -1, status: 'Đang thực hiện' },
    { name: 'quá hạn 45 ngày', due: -45 },
    { name: 'chưa có thời hạn', due: null, status: 'Đang thực hiện' },
    { name: 'chưa giao, có hạn', owner: '', due: 5 },
    { name: 'chưa giao, quá hạn', owner: '  ', due: -5 },
    { name: 'chưa giao nhưng đã hoàn thành', owner: '', due: -5, status: 'Hoàn thành', completed: -6 },
    { name: 'hoàn thành đúng ngày đến hạn', due: -3, status: 'Hoàn thành', completed: -3 },
    { name: 'hoàn thành sớm, chưa đến hạn', due: 10, status: 'Hoàn thành', completed: -1 },
    { name: 'hoàn thành trễ một ngày', due: -3, status: 'Hoàn thành', completed: -2 },
    { name: 'hoàn thành trễ, hôm nay', due: -20, status: 'Hoàn thành', completed: 0 },
    { name: 'hoàn thành, không ghi ngày', due: -3, status: 'Hoàn thành', completed: null },
    { name: 'hoàn thành, không có hạn', due: null, status: 'Hoàn thành', completed: -2 },
    { name: 'ngày hoàn thành sau hôm nay, đã quá hạn', due: -1, status: 'Hoàn thành', completed: 2 },
    { name: 'ngày hoàn thành sau hôm nay, còn hạn', due: 20, status: 'Hoàn thành', completed: 2 },
    { name: 'trạng thái viết thường, thừa dấu cách', due: -3, status: '  hoàn thành ', completed: -1 },
    { name: 'chờ xác nhận, đã quá hạn', due: -3, status: 'Chờ xác nhận', completed: -4 },
    { name: 'chờ xác nhận, còn hạn', due: 5, status: 'Chờ xác nhận', completed: 0 },
    { name: 'chờ xác nhận, viết thường, thừa dấu cách', due: -1, status: ' chờ xác nhận  ', completed: -1 },
    { name: 'chờ xác nhận, chưa giao', owner: '', due: 2, status: 'Chờ xác nhận' },
    { name: 'tạm hoãn, đã quá hạn', due: -3, status: 'Tạm hoãn' },
    { name: 'tạm hoãn, không có hạn', due: null, status: 'Tạm hoãn' },
    { name: 'đã bỏ khỏi kế hoạch', due: -3, planNote: 'Đã bỏ khỏi kế hoạch', status: 'Hoàn thành', completed: -1 },
    { name: 'ghi chú kế hoạch khác', due: -2, planNote: 'Bổ sung tháng 3' },
  ];
}

/** The simulated days: start of plan, month ends, leap-free Feb end, year end and the next day. */
export const SIMULATED_DAYS: IsoDate[] = [
  '2026-01-20',
  '2026-02-28',
  '2026-03-01',
  '2026-06-30',
  '2026-12-31',
  '2027-01-01',
];

export interface MatrixRow extends StatusInput {
  code: string;
  content: string;
  area: string;
}

export function matrixRows(
  cases: readonly MatrixCase[],
  today: IsoDate,
  areas: readonly string[] = ['Cải cách TTHC'],
): MatrixRow[] {
  return cases.map((c, i) => ({
    code: `M${i + 1}`,
    content: c.name,
    area: areas[i % areas.length]!,
    owner: c.owner ?? 'Trần Văn Bình',
    dueDate: c.due === null ? null : addDays(today, c.due),
    planNote: c.planNote ?? '',
    progressStatus: c.status ?? '',
    completedDate: c.completed === null || c.completed === undefined ? null : addDays(today, c.completed),
  }));
}
