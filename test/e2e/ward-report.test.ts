// The ward's report on the built ward bundle (dist-ward/, issue 15): after "Cập nhật số liệu các
// đơn vị", "Lập báo cáo phường" makes a Doc that passes the school report's NĐ 30 format checks
// (test/support/nd30.ts) with the UBND phường header and signature; its figures are the sum of the
// schools' own figures (each school's own engine, ownFigures); its table by unit lists each unit
// with its state; the units late, missing and unreachable are named with the reason; the Phụ lục
// links each unit's own report. It reads only the ward's sheets, and refuses without a pull.
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callsOfSpreadsheet } from '../../sandbox/env';
import type { Sandbox } from '../../sandbox/runtime';
import type { WalkedElement } from '../../sandbox/document';
import { rateSentence } from '../../src/core/report/model';
import { settingsMsg } from '../../src/messages/settings';
import { withRates, type Counts } from '../../src/core/ward/report';
import { wardMsg } from '../../src/messages/ward';
import type { World } from '../support/world';
import { docIdOf } from '../support/reportWorld';
import { itFollowsNd30, paragraphsOf } from '../support/nd30';
import { docxXml, itExportsNd30Docx } from '../support/nd30Docx';
import { addUnitTracker, linkOf, listUnits, ownFigures, school, WARD, wardSandbox } from '../support/wardWorld';
import { buildWardReport } from '../../scripts/demo/wardReport';

const R = wardMsg.wardReport;
const S = wardMsg.states;
const Q1 = 'Quý I năm 2026';
const DEPUTY = 'Trần Văn Bình';
const COLLEAGUE = 'vanthu@phuongbachmai.gov.vn';
const REPORT_LINK = 'https://docs.google.com/document/d/bao-cao-quy-1/edit';
const RATES = {
  reportRate: settingsMsg.fields.reportRate.defaultValue,
  reportRateNoneDue: settingsMsg.fields.reportRateNoneDue.defaultValue,
};

/** The header's lines: UBND tỉnh, then the ward, the number left blank, the place and date of the report. */
const HEADER = {
  parentAgency: 'UBND TỈNH NINH BÌNH',
  issuingAgency: 'UBND PHƯỜNG MỸ LỘC',
  numberLine: 'Số:      /BC-UBND',
  placeDate: 'Mỹ Lộc, ngày 10 tháng 4 năm 2026',
};

let schools: World[];

beforeAll(() => {
  schools = [
    // Tasks due in the quarter: the first school's done before their deadline, the second's after it.
    school({
      done: 12,
      due: { count: 20, on: '2026-03-15' },
      report: { number: '05/BC-THMT', date: '2026-03-18', period: Q1 },
    }),
    school({
      done: 6,
      due: { count: 10, on: '2026-03-05' },
      report: { number: '07/BC-THMT', date: '2026-03-27', period: Q1 },
    }),
    school({ done: 3, due: { count: 8, on: '2026-02-27' } }),
    school({ done: 9, report: { number: '04/BC-THMT', date: '2026-03-19', period: Q1 } }),
  ];
});

/** Sets a ward Cấu hình value by its label. */
function setWardSetting(sb: Sandbox, key: keyof typeof wardMsg.settings, value: string): void {
  const row = sb.spreadsheet.valuesOf(wardMsg.sheets.settings).findIndex((r) => r[0] === wardMsg.settings[key].label);
  if (row < 0) throw new Error(`no Cấu hình row ${key}`);
  sb.edit(WARD, wardMsg.sheets.settings, `B${row + 1}`, value);
  expect(sb.spreadsheet.valuesOf(wardMsg.sheets.settings)[row]![1]).toBe(value);
}

/** Four schools (the fourth never shared) and a unit whose link is mistyped, in a ward set up to report. */
function ward(): { sb: Sandbox; ids: string[] } {
  const sb = wardSandbox({ editors: [COLLEAGUE] });
  const copies = schools.map((w, i) => addUnitTracker(sb, w, `Sổ CCHC trường ${i + 1}`, i !== 3));
  listUnits(sb, [
    ...copies.map((c, i) => ({ name: `Trường ${i + 1}`, link: linkOf(c), type: i === 2 ? 'Mầm non' : 'Tiểu học' })),
    { name: 'Trường gõ sai', link: 'sổ của trường' },
  ]);
  setWardSetting(sb, 'wardName', 'Mỹ Lộc');
  setWardSetting(sb, 'province', 'Ninh Bình');
  setWardSetting(sb, 'signer', wardMsg.signers.deputy);
  setWardSetting(sb, 'signerName', DEPUTY);
  return { sb, ids: copies.map((c) => c.id) };
}

function pulled(): { sb: Sandbox; ids: string[] } {
  const w = ward();
  expect(w.sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
  return w;
}

/** Builds the report from the menu; the Doc behind the link the alert gives. */
function report(sb: Sandbox, user = WARD) {
  const run = sb.clickMenu(user, wardMsg.menu.report);
  expect(run.error).toBeUndefined();
  const message = sb.ui.alerts.at(-1)!.message;
  const url = /https:\/\/\S+/.exec(message)?.[0];
  if (!url) throw new Error(`no report built: ${message}`);
  const id = docIdOf(url);
  return { run, id, url, walk: sb.documents.walk(id) };
}

const UNITS = ['Trường 1', 'Trường 2', 'Trường 3', 'Trường 4', 'Trường gõ sai'];
const reachable = [0, 1, 2];

/** The counts of a school's own figures summed over its areas. */
const countsOf = (areas: ReturnType<typeof ownFigures>): Counts =>
  areas.reduce<Counts>(
    (c, { figures: f }) => ({
      total: c.total + f.total,
      due: c.due + f.due,
      doneOfDue: c.doneOfDue + f.doneOfDue,
      doneLate: c.doneLate + f.doneLate,
      overdue: c.overdue + f.overdue,
    }),
    { total: 0, due: 0, doneOfDue: 0, doneLate: 0, overdue: 0 },
  );

describe('ward report: the Doc follows Nghị định 30/2020 like the school report', () => {
  let built: ReturnType<typeof report>;
  beforeAll(() => {
    built = report(pulled().sb);
  });

  itFollowsNd30(() => built.walk, {
    ...HEADER,
    subject:
      'Kết quả thực hiện công tác cải cách hành chính quý I năm 2026 của các đơn vị trường học trên địa bàn phường',
    bodyStart: 'Thực hiện chế độ báo cáo định kỳ',
    bodyMoreThan: 12,
    // Header, the table by unit, the closing, the Phụ lục.
    closingTable: 2,
    annexTable: 3,
    recipients: ['- Sở Giáo dục và Đào tạo;', '- Các đơn vị trường học trên địa bàn phường;', '- Lưu: VT.'],
    signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', DEPUTY],
    annexHeader: ['STT', 'Tên đơn vị', 'Tình trạng báo cáo', 'Báo cáo của đơn vị'],
    annexRows: UNITS.length,
  });

  it('signed by the Chủ tịch when Cấu hình says so: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', () => {
    const { sb } = pulled();
    setWardSetting(sb, 'signer', wardMsg.signers.chair);
    setWardSetting(sb, 'signerName', 'Nguyễn Văn Chủ');
    const { walk } = report(sb);
    const right = paragraphsOf(walk.elements).filter((e) => e.cell?.table === 2 && e.cell.column === 1);
    expect(right.map((e) => e.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Chủ']);
  });
});

describe('ward report: content', () => {
  let sb: Sandbox;
  let ids: string[];
  let elements: WalkedElement[];
  let built: ReturnType<typeof report>;
  const texts = () =>
    paragraphsOf(elements)
      .filter((e) => e.cell === null)
      .map((e) => e.text);
  const tableRows = (table: number) => {
    const cells = paragraphsOf(elements).filter((e) => e.cell?.table === table);
    const rows: string[][] = [];
    for (const c of cells) (rows[c.cell!.row] ??= [])[c.cell!.column] = c.text;
    return rows;
  };
  beforeAll(() => {
    ({ sb, ids } = pulled());
    built = report(sb);
    elements = built.walk.elements;
  });

  it("the ward's figures are the sum of the reachable schools' own figures, in total and by area", () => {
    const own = reachable.map((i) => ownFigures(schools[i]!));
    const total = withRates(countsOf(own.flat()));
    expect(total.due).toBeGreaterThan(0);
    expect(total.doneLate).toBeGreaterThan(0);
    expect(total.overdue).toBeGreaterThan(0);
    expect(texts()).toContain(
      `Số liệu của 3 đơn vị đọc được sổ theo dõi, tính đến ngày 31/03/2026: ${rateSentence(total, RATES)}`,
    );
    const areas = own[0]!.map((a) => a.area);
    areas.forEach((area, i) => {
      const sum = withRates(countsOf(own.flatMap((o) => o.filter((a) => a.area === area))));
      const at = texts().indexOf(`${i + 1}. ${area}`);
      expect(at, area).toBeGreaterThan(0);
      expect(texts()[at + 1]).toBe(rateSentence(sum, RATES));
    });
  });

  it('the table by unit lists each unit with its type, state, its own due / done / on time / overdue and its report', () => {
    const rows = tableRows(1);
    expect(rows[0]).toEqual([...R.unitHeader]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Trường 1', 'Tiểu học', S.onTime],
      ['Trường 2', 'Tiểu học', S.late],
      ['Trường 3', 'Mầm non', S.missing],
      ['Trường 4', 'Tiểu học', S.unreachable],
      ['Trường gõ sai', 'Tiểu học', S.unreachable],
      [R.total, '', ''],
    ]);
    const sum = [0, 0, 0, 0];
    for (const i of reachable) {
      const c = countsOf(ownFigures(schools[i]!));
      const want = [c.due, c.doneOfDue, c.doneOfDue - c.doneLate, c.overdue];
      expect(rows[i + 1]!.slice(4, 8).map(Number), UNITS[i]).toEqual(want);
      want.forEach((v, k) => (sum[k]! += v));
    }
    // The schools differ, and the unreachable ones have no figures.
    expect(rows[1]![5]).not.toBe(rows[2]![5]);
    expect(rows[4]!.slice(4, 8)).toEqual(['–', '–', '–', '–']);
    expect(rows[6]!.slice(4, 8).map(Number)).toEqual(sum);
    expect(rows[1]![8]).toBe('Số 05/BC-THMT ngày 18/03/2026');
    expect(rows[2]![8]).toBe('Số 07/BC-THMT ngày 27/03/2026');
  });

  it('names the units late (with their report), missing, and unreachable with the reason', () => {
    expect(texts()).toContain(R.stateCounts(5, 1, 1, 1, 2));
    expect(texts()).toContain(R.deadline('20/03/2026'));
    expect(texts()).toContain('- Báo cáo muộn: Trường 2 (Số 07/BC-THMT ngày 27/03/2026).');
    expect(texts()).toContain('- Chưa báo cáo: Trường 3.');
    const at = texts().indexOf(R.unreachable);
    expect(texts().slice(at + 1, at + 3)).toEqual([
      `+ Trường 4: ${wardMsg.reasons.notShared};`,
      `+ Trường gõ sai: ${wardMsg.reasons.badLink}.`,
    ]);
  });

  it("the Phụ lục links each unit's own report; a unit without one shows why", () => {
    const rows = tableRows(3);
    expect(rows.slice(1).map((r) => r.slice(1))).toEqual([
      ['Trường 1', S.onTime, 'Số 05/BC-THMT ngày 18/03/2026'],
      ['Trường 2', S.late, 'Số 07/BC-THMT ngày 27/03/2026'],
      ['Trường 3', S.missing, ''],
      ['Trường 4', S.unreachable, wardMsg.reasons.notShared],
      ['Trường gõ sai', S.unreachable, wardMsg.reasons.badLink],
    ]);
    const links = paragraphsOf(elements)
      .filter((e) => e.cell?.table === 3 && e.cell.column === 3)
      .flatMap((e) => e.runs!.filter((r) => r.linkUrl).map((r) => [e.cell!.row, r.text, r.linkUrl]));
    expect(links).toEqual([
      [1, 'Số 05/BC-THMT ngày 18/03/2026', REPORT_LINK],
      [2, 'Số 07/BC-THMT ngày 27/03/2026', REPORT_LINK],
    ]);
  });

  it("reads only the ward's sheets (no unit is opened), files the Doc in the script's folder and records it in Sổ báo cáo", () => {
    for (const id of ids) {
      expect(callsOfSpreadsheet(built.run.execution, id, 'SpreadsheetApp.openByUrl')).toBe(0);
      expect(callsOfSpreadsheet(built.run.execution, id, 'SpreadsheetApp.openById')).toBe(0);
    }
    const doc = sb.drive.model.items.get(built.id)!;
    const folder = sb.drive.model.items.get(doc.parents[0]!)!;
    expect(folder.name).toBe(R.folder);
    const register = sb.spreadsheet.valuesOf('Sổ báo cáo');
    expect(register).toHaveLength(2);
    expect(register[1]!.slice(2, 4)).toEqual([Q1, built.url]);
  });
});

describe('ward report: refusals', () => {
  it('without a pull for the period: a Vietnamese message, and no Doc', () => {
    const { sb } = ward();
    expect(sb.clickMenu(WARD, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toBe(R.noPull(Q1));
    expect(sb.documents.all()).toHaveLength(0);
  });

  it('without the ward, the province or the signer in Cấu hình: says which to fill in, and no Doc', () => {
    const { sb } = pulled();
    setWardSetting(sb, 'province', '');
    setWardSetting(sb, 'signerName', '');
    expect(sb.clickMenu(WARD, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toBe(
      R.settingsMissing([wardMsg.settings.province.label, wardMsg.settings.signerName.label]),
    );
    expect(sb.documents.all()).toHaveLength(0);
  });

  it('a colleague not in Email quản lý is refused; once listed, they build it', () => {
    const { sb } = pulled();
    sb.open(COLLEAGUE);
    expect(sb.clickMenu(COLLEAGUE, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toBe(wardMsg.roles.managersOnly);
    expect(sb.documents.all()).toHaveLength(0);
    // A broken Cấu hình tells them no more than that.
    setWardSetting(sb, 'signer', 'Bí thư');
    expect(sb.clickMenu(COLLEAGUE, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toBe(wardMsg.roles.managersOnly);
    expect(sb.clickMenu(WARD, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toContain(wardMsg.settingsInvalid);
    setWardSetting(sb, 'signer', wardMsg.signers.chair);
    setWardSetting(sb, 'managerEmails', COLLEAGUE);
    // A new manager counts once a manager's setup has taken the list in (src/ward/app/roles.ts).
    expect(sb.clickMenu(WARD, wardMsg.menu.setup).error).toBeUndefined();
    expect(report(sb, COLLEAGUE).walk.elements.length).toBeGreaterThan(0);
  });
});

describe('ward report: an unfinished pull, a failure part-way, the calls', () => {
  it('while a pull of the period is unfinished: a Vietnamese message, and no Doc', () => {
    const { sb } = pulled();
    sb.env.run('editor', 'testSetup', { active: WARD, effective: WARD }, () =>
      sb.properties
        .getScriptProperties()
        .setProperty(
          'CCHC_WARD_PULL_CURSOR',
          JSON.stringify({ period: Q1, next: 2, startedAt: '2026-04-10T01:00:00Z' }),
        ),
    );
    expect(sb.clickMenu(WARD, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toBe(R.pullUnfinished(Q1));
    expect(sb.documents.all()).toHaveLength(0);
  });

  it('a failure after the Doc was written trashes it, records nothing and says which step failed', () => {
    const { sb } = pulled();
    // Moving the Doc into the folder fails (Drive answers a server error once).
    sb.env.faults.arm({ method: 'Files.update' });
    expect(sb.clickMenu(WARD, wardMsg.menu.report).error).toBeUndefined();
    expect(sb.ui.alerts.at(-1)!.message).toMatch(
      /^Không tạo được báo cáo \(bước: lưu vào thư mục\)\. .+\nVăn bản dở dang đã được chuyển vào thùng rác; /,
    );
    const docs = sb.documents.all();
    expect(docs).toHaveLength(1);
    expect(docs[0]!.trashed).toBe(true);
    expect(sb.spreadsheet.sheets.map((x) => x.name)).not.toContain('Sổ báo cáo');
  });

  it("the ward book's spreadsheet calls do not grow with the number of units", () => {
    const spreadsheetCalls = (sb: Sandbox) => {
      const { run } = report(sb);
      return callsOfSpreadsheet(run.execution, sb.spreadsheet.id, 'SpreadsheetApp');
    };
    const five = spreadsheetCalls(pulled().sb);
    const sb = wardSandbox();
    listUnits(sb, [{ name: 'Trường 1', link: linkOf(addUnitTracker(sb, schools[0]!, 'Sổ CCHC trường 1')) }]);
    setWardSetting(sb, 'wardName', 'Mỹ Lộc');
    setWardSetting(sb, 'province', 'Ninh Bình');
    setWardSetting(sb, 'signerName', DEPUTY);
    expect(sb.clickMenu(WARD, wardMsg.menu.pull).error).toBeUndefined();
    expect(five).toBeGreaterThan(0);
    expect(spreadsheetCalls(sb)).toBe(five);
  });
});

describe('ward report: the .docx export passes the school report’s NĐ 30 checks', () => {
  let xml = '';
  beforeAll(async () => {
    const { sb } = pulled();
    xml = await docxXml(sb.documents, report(sb).id);
  });
  itExportsNd30Docx(() => xml, {
    ...HEADER,
    // Header, the table by unit, closing, Phụ lục.
    borderless: [true, false, true, false],
  });
});

describe('ward report: the demo exports it as .docx', () => {
  it('buildWardReport writes the Doc as a .docx that opens with the UBND header', async () => {
    const { sb } = pulled();
    const dir = mkdtempSync(join(tmpdir(), 'ward-report-'));
    try {
      const file = await buildWardReport(sb, WARD, dir);
      expect(file).toBe(join(dir, 'BC CCHC Quý I 2026 - các trường phường Mỹ Lộc.docx'));
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('UBND PHƯỜNG MỸ LỘC');
      expect(xml).toContain('TM. ỦY BAN NHÂN DÂN');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
