// The ward report's pure model (src/core/ward/report.ts): the ward's figures are the sums of the
// pulled rows of the period (other periods' rows left out), with the school report's rates; the
// states are counted and the late, missing and unreachable units named; the Phụ lục links a
// unit's report only over http(s); the signature follows Cấu hình; it refuses without a pull or
// without what the header and the signature need.
import { describe, expect, it } from 'vitest';
import { buildWardReport, withRates, type PulledFigures, type UnitStanding } from '../../../src/core/ward/report';
import { parseWardSettings, type WardSettings } from '../../../src/core/ward/settings';
import type { Block, Paragraph } from '../../../src/core/report/model';
import { UserError } from '../../../src/core/errors';
import { wardMsg } from '../../../src/messages/ward';

const R = wardMsg.wardReport;
const S = wardMsg.states;
const Q1 = 'Quý I năm 2026';

function settings(over: Partial<Record<keyof WardSettings, string>> = {}): WardSettings {
  const r = parseWardSettings({ wardName: 'Mỹ Lộc', province: 'Ninh Bình', signerName: 'Lê Văn Cường', ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.settings;
}

const standing = (key: string, state: string, extra: Partial<UnitStanding> = {}): UnitStanding => ({
  unit: { key, name: `Trường ${key}`, type: 'Tiểu học' },
  state,
  reason: '',
  report: '',
  reportLink: '',
  ...extra,
});

const row = (unitKey: string, area: string, n: [number, number, number, number, number], period = Q1) => ({
  unitKey,
  period,
  asOf: '2026-03-31' as const,
  area,
  total: n[0],
  due: n[1],
  doneOfDue: n[2],
  doneLate: n[3],
  overdue: n[4],
});

const UNITS: UnitStanding[] = [
  standing('a', S.onTime, {
    report: 'Số 05/BC-THMT ngày 18/03/2026',
    reportLink: 'https://docs.google.com/document/d/a',
  }),
  standing('b', S.late, { report: 'Số 07/BC-THMT ngày 27/03/2026', reportLink: 'javascript:alert(1)' }),
  standing('c', S.missing),
  standing('d', S.unreachable, { reason: wardMsg.reasons.notShared }),
];
const FIGURES: PulledFigures[] = [
  row('a', 'Cải cách thể chế', [10, 8, 6, 1, 2]),
  row('a', 'Cải cách TTHC', [5, 4, 4, 0, 0]),
  row('b', 'Cải cách thể chế', [10, 6, 3, 2, 3]),
  row('b', 'Cải cách TTHC', [5, 2, 0, 0, 2]),
  row('c', 'Cải cách thể chế', [10, 0, 0, 0, 0]),
  row('c', 'Cải cách TTHC', [5, 0, 0, 0, 0]),
  // Left from another period: not counted.
  row('d', 'Cải cách thể chế', [99, 99, 99, 0, 0], 'Quý IV năm 2025'),
];

const input = (over: Partial<Parameters<typeof buildWardReport>[0]> = {}) => ({
  settings: settings(),
  period: { kind: 'Q1' as const, year: 2026 },
  reportDate: '2026-04-10' as const,
  deadline: '2026-03-20' as const,
  units: UNITS,
  figures: FIGURES,
  ...over,
});

const paragraphs = (blocks: readonly Block[]): Paragraph[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph] : []));
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

describe('the ward report model', () => {
  it("sums the period's rows, in total, by area and by unit, with the school report's rates", () => {
    const m = buildWardReport(input());
    expect(m.figures).toEqual({
      total: 45,
      due: 20,
      doneOfDue: 13,
      doneLate: 3,
      overdue: 7,
      completionRate: 13 / 20,
      onTimeRate: 10 / 20,
    });
    expect(m.byArea.map((a) => [a.area, a.figures.due, a.figures.doneOfDue])).toEqual([
      ['Cải cách thể chế', 14, 9],
      ['Cải cách TTHC', 6, 4],
    ]);
    expect(m.byUnit.map((u) => u.figures?.due ?? null)).toEqual([12, 8, 0, null]);
    expect(withRates({ total: 1, due: 0, doneOfDue: 0, doneLate: 0, overdue: 0 })).toMatchObject({
      completionRate: null,
      onTimeRate: null,
    });
    expect(m.periodLabel).toBe(Q1);
    expect(m.numberRef).toBe('     /BC-UBND');
    expect(m.asOf).toBe('2026-03-31');
  });

  it('counts the states and names the late, missing and unreachable units', () => {
    const texts = paragraphs(buildWardReport(input()).blocks).map((p) => p.text);
    expect(texts).toContain(R.stateCounts(4, 1, 1, 1, 1));
    expect(texts).toContain('- Báo cáo muộn: Trường b (Số 07/BC-THMT ngày 27/03/2026).');
    expect(texts).toContain('- Chưa báo cáo: Trường c.');
    expect(texts).toContain(`+ Trường d: ${wardMsg.reasons.notShared}.`);
    const all = paragraphs(buildWardReport(input({ units: [UNITS[0]!] })).blocks).map((p) => p.text);
    expect(all).toContain(R.allOnTime);
  });

  it('the table by unit gives each unit its counts (– when not read) and a total; the Phụ lục links only http(s)', () => {
    const [byUnit, annex] = tables(buildWardReport(input()).blocks);
    expect(byUnit!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', 'Trường a', 'Tiểu học', S.onTime, '12', '10', '9', '2', 'Số 05/BC-THMT ngày 18/03/2026'],
      ['2', 'Trường b', 'Tiểu học', S.late, '8', '3', '1', '5', 'Số 07/BC-THMT ngày 27/03/2026'],
      ['3', 'Trường c', 'Tiểu học', S.missing, '0', '0', '0', '0', ''],
      ['4', 'Trường d', 'Tiểu học', S.unreachable, '–', '–', '–', '–', ''],
      ['', R.total, '', '', '20', '13', '10', '7', ''],
    ]);
    expect(annex!.rows.map((r) => r[3])).toEqual([
      {
        text: 'Số 05/BC-THMT ngày 18/03/2026',
        links: [{ start: 0, end: 29, url: 'https://docs.google.com/document/d/a' }],
      },
      { text: 'Số 07/BC-THMT ngày 27/03/2026' },
      { text: '' },
      { text: wardMsg.reasons.notShared },
    ]);
  });

  it('signs TM. ỦY BAN NHÂN DÂN as the Chủ tịch, or KT. CHỦ TỊCH as a Phó Chủ tịch', () => {
    const signature = (signer: string) => {
      const closing = buildWardReport(input({ settings: settings({ signer }) })).blocks.find(
        (b) => b.kind === 'layout' && b.name === 'closing',
      );
      return closing!.kind === 'layout' ? closing!.rows[0]![1]!.map((p) => p.text) : [];
    };
    expect(signature('Chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Cường']);
    expect(signature('Phó Chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Cường']);
  });

  it('refuses without rows of the period, or without the ward, the province or the signer', () => {
    const noPull = () => buildWardReport(input({ figures: FIGURES.filter((r) => r.period !== Q1) }));
    expect(noPull).toThrow(UserError);
    expect(noPull).toThrow(R.noPull(Q1));
    expect(() => buildWardReport(input({ settings: settings({ wardName: '', signerName: ' ' }) }))).toThrow(
      R.settingsMissing([wardMsg.settings.wardName.label, wardMsg.settings.signerName.label]),
    );
  });
});
