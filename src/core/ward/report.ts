// The ward's report (issue 15) as the school report's document model (src/core/report/model.ts):
// the NĐ 30 header of UBND phường, the title, the units' reporting states, the ward's figures (the
// sums of the units' pulled figures, with the school report's rate sentence), a table by unit, the
// units late, missing or unreachable, Nơi nhận and the UBND's signature, and a Phụ lục linking each
// unit's own report. Everything comes from the ward's own sheets as the last pull left them: the
// units are never opened again here.
import type { IsoDate } from '../domain';
import { areaOrder } from '../plan/mode';
import { formatVn } from '../../messages/format';
import { reportMsg } from '../../messages/report';
import { settingsMsg } from '../../messages/settings';
import { wardMsg } from '../../messages/ward';
import { UserError } from '../errors';
import { nfc } from '../text';
import { TEXT_WIDTH } from '../report/format';
import {
  closingBlock,
  headerBlocks,
  numberLine,
  numberPart,
  para,
  placeDateLine,
  rateSentence,
  splitRecipients,
  type Block,
  type Cell,
  type RateFigures,
} from '../report/model';
import { periodLabel, periodPhrase, periodShortLabel, type NamedPeriod } from '../report/periods';
import { UnitState } from './state';
import type { Unit } from './units';
import type { WardSettings } from './settings';

/** A unit as Đơn vị shows it after the pull: its state, why it could not be read, its report. */
export interface UnitStanding {
  unit: Pick<Unit, 'key' | 'name' | 'type'>;
  /** Tình trạng báo cáo; '' for a unit listed after the last pull. */
  state: string;
  reason: string;
  /** "Số 05/BC-THMT ngày 18/03/2026". */
  report: string;
  reportLink: string;
}

/** One row of Số liệu đơn vị: a unit's figures in one area. */
export interface PulledFigures {
  unitKey: string;
  period: string;
  asOf: IsoDate | null;
  area: string;
  total: number;
  due: number;
  doneOfDue: number;
  doneLate: number;
  overdue: number;
}

export interface WardReportInput {
  settings: WardSettings;
  period: NamedPeriod;
  /** The date of the report (địa danh, ngày). */
  reportDate: IsoDate;
  /** The deadline of the period for the units (periodDeadline). */
  deadline: IsoDate;
  units: readonly UnitStanding[];
  figures: readonly PulledFigures[];
}

export type Counts = Pick<RateFigures, 'total' | 'due' | 'doneOfDue' | 'doneLate' | 'overdue'>;

export interface WardReportModel {
  name: string;
  /** "Quý I năm 2026", for the register. */
  periodLabel: string;
  /** "     /BC-UBND": the number is left for the văn thư. */
  numberRef: string;
  asOf: IsoDate;
  figures: RateFigures;
  byArea: { area: string; figures: RateFigures }[];
  byUnit: { unit: UnitStanding; figures: Counts | null }[];
  blocks: Block[];
}

const ZERO: Counts = { total: 0, due: 0, doneOfDue: 0, doneLate: 0, overdue: 0 };

const add = (a: Counts, b: Counts): Counts => ({
  total: a.total + b.total,
  due: a.due + b.due,
  doneOfDue: a.doneOfDue + b.doneOfDue,
  doneLate: a.doneLate + b.doneLate,
  overdue: a.overdue + b.overdue,
});

/** The school engine's rates over summed counts: done of due ÷ due, done on time of due ÷ due. */
export function withRates(c: Counts): RateFigures {
  return {
    ...c,
    completionRate: c.due ? c.doneOfDue / c.due : null,
    // A late completion is always of a task already due (rateSentence counts on time the same way).
    onTimeRate: c.due ? (c.doneOfDue - c.doneLate) / c.due : null,
  };
}

const sum = (rows: readonly Counts[]): Counts => rows.reduce(add, ZERO);

/** By-unit table: STT, Tên đơn vị, Loại, Tình trạng, the four counts, Báo cáo của đơn vị. */
export const UNIT_TABLE_COLUMNS = [34, 88, 42, 64, 38, 38, 38, 38, TEXT_WIDTH - 380] as const;
/** Phụ lục: STT, Tên đơn vị, Tình trạng báo cáo, Báo cáo của đơn vị (linked when its link is http(s)). */
export const WARD_ANNEX_COLUMNS = [34, 150, 100, TEXT_WIDTH - 284] as const;

const DASH = '–';

/** The school report's rate sentence with its default wording (the ward's Cấu hình has no template). */
const RATE_WORDING = {
  reportRate: settingsMsg.fields.reportRate.defaultValue,
  reportRateNoneDue: settingsMsg.fields.reportRateNoneDue.defaultValue,
};

/** What the header and the signature cannot do without. */
const REQUIRED = ['wardName', 'province', 'signerName'] as const;

export function buildWardReport(input: WardReportInput): WardReportModel {
  const { settings, period } = input;
  const w = wardMsg.wardReport;
  const unset = REQUIRED.filter((k) => settings[k].trim() === '');
  if (unset.length) throw new UserError(w.settingsMissing(unset.map((k) => wardMsg.settings[k].label)));
  const label = periodLabel(period);
  const rows = input.figures.filter((r) => r.period === label);
  if (rows.length === 0) throw new UserError(w.noPull(label));
  const ward = nfc(settings.wardName);
  const asOf = rows.reduce<IsoDate>((d, r) => (r.asOf && r.asOf > d ? r.asOf : d), rows[0]!.asOf ?? input.reportDate);
  const figures = withRates(sum(rows));
  const byArea = areaOrder(rows)
    // Only areas some unit has rows in: the ward's report names no empty area.
    .filter((area) => rows.some((r) => r.area === area))
    .map((area) => ({
      area,
      figures: withRates(sum(rows.filter((r) => r.area === area))),
    }));
  const byUnit = input.units.map((unit) => {
    const own = rows.filter((r) => r.unitKey === unit.unit.key);
    return { unit, figures: own.length ? sum(own) : null };
  });
  const reached = byUnit.filter((u) => u.figures).length;
  const numberRef = reportMsg.numberRef(numberPart(null), w.docCode);
  const blocks: Block[] = [];
  const heading = (i: number) => blocks.push(para('partHeading', `${['I', 'II', 'III', 'IV'][i]}. ${w.parts[i]}`));

  blocks.push(
    ...headerBlocks(
      {
        parentAgency: w.parentAgency(nfc(settings.province)),
        issuingAgency: w.issuingAgency(ward),
        numberText: numberLine(null, w.docCode),
        placeDate: placeDateLine(ward, input.reportDate),
      },
      w.subject(periodPhrase(period)),
    ),
  );
  blocks.push(para('body', w.intro(ward, periodPhrase(period), input.units.length)));

  // I. Who reported.
  heading(0);
  const named = (state: string) => input.units.filter((u) => u.state === state);
  const [onTime, late, missing, unreachable] = [
    UnitState.OnTime,
    UnitState.Late,
    UnitState.Missing,
    UnitState.Unreachable,
  ].map(named) as [UnitStanding[], UnitStanding[], UnitStanding[], UnitStanding[]];
  blocks.push(
    para('body', w.stateCounts(input.units.length, onTime.length, late.length, missing.length, unreachable.length)),
  );
  blocks.push(para('body', w.deadline(formatVn(input.deadline))));

  // II. The ward's figures, then by area.
  heading(1);
  blocks.push(para('body', w.totals(reached, formatVn(asOf)) + rateSentence(figures, RATE_WORDING)));
  byArea.forEach((a, i) => {
    blocks.push(para('itemHeading', `${i + 1}. ${a.area}`));
    blocks.push(para('body', rateSentence(a.figures, RATE_WORDING)));
  });

  // III. By unit.
  heading(2);
  blocks.push(para('body', w.unitTableIntro));
  const counts = (c: Counts | null): Cell[] =>
    c
      ? [c.due, c.doneOfDue, c.doneOfDue - c.doneLate, c.overdue].map((n) => ({ text: String(n) }))
      : [DASH, DASH, DASH, DASH].map((text) => ({ text }));
  const total = sum(byUnit.flatMap((u) => (u.figures ? [u.figures] : [])));
  blocks.push({
    kind: 'table',
    widths: UNIT_TABLE_COLUMNS,
    header: w.unitHeader,
    rows: [
      ...byUnit.map(({ unit, figures: c }, i) => [
        { text: String(i + 1) },
        { text: nfc(unit.unit.name) },
        { text: nfc(unit.unit.type) },
        { text: unit.state || w.notPulled },
        ...counts(c),
        { text: unit.report },
      ]),
      [{ text: '' }, { text: w.total }, { text: '' }, { text: '' }, ...counts(total), { text: '' }],
    ],
  });

  // IV. Late, missing, unreachable.
  heading(3);
  const names = (list: readonly UnitStanding[]) => list.map((u) => w.withReport(nfc(u.unit.name), u.report));
  if (late.length) blocks.push(para('point', w.late(names(late))));
  if (missing.length) blocks.push(para('point', w.missing(names(missing))));
  if (unreachable.length) {
    blocks.push(para('point', w.unreachable));
    unreachable.forEach((u, i) =>
      blocks.push(para('point', w.unreachableItem(nfc(u.unit.name), u.reason, i === unreachable.length - 1))),
    );
  }
  if (!late.length && !missing.length && !unreachable.length) blocks.push(para('body', w.allOnTime));

  // Closing: Nơi nhận | TM. ỦY BAN NHÂN DÂN and the signer.
  const titles = settings.signer === wardMsg.signers.deputy ? w.deputyTitles : w.chairTitles;
  blocks.push(closingBlock(splitRecipients(settings.reportRecipients), titles, nfc(settings.signerName)));

  // Phụ lục: each unit's own report, linked.
  blocks.push({ kind: 'pageBreak' });
  blocks.push(para('annexTitle', w.annexTitle));
  blocks.push(para('annexSubtitle', w.annexSubtitle(numberRef, formatVn(input.reportDate), ward)));
  blocks.push({
    kind: 'table',
    widths: WARD_ANNEX_COLUMNS,
    header: w.annexHeader,
    rows: input.units.map((u, i) => {
      const report: Cell =
        u.report && /^https?:\/\//i.test(u.reportLink)
          ? { text: u.report, links: [{ start: 0, end: u.report.length, url: u.reportLink }] }
          : { text: u.report || u.reason };
      return [{ text: String(i + 1) }, { text: nfc(u.unit.name) }, { text: u.state || w.notPulled }, report];
    }),
  });

  return {
    name: w.docName(periodShortLabel(period), ward),
    periodLabel: label,
    numberRef,
    asOf,
    figures,
    byArea,
    byUnit,
    blocks,
  };
}
