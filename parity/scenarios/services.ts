// Parity scenarios for the other services the product uses: Drive, triggers, properties, the lock,
// the cache, Session, Utilities, MailApp, HtmlService and the Ui.
import { thrown, type Scenario } from '../scenario';

const REF = 'developers.google.com/apps-script/reference';

export const serviceScenarios: Scenario[] = [
  {
    name: 'createFolder, getFoldersByName finds it, createFile puts a file in it',
    source: `${REF}/drive/drive-app#createfoldername`,
    covers: [
      'DriveApp.createFolder',
      'DriveApp.getFoldersByName',
      'FolderIterator.hasNext',
      'Folder.createFile',
      'File.getId',
      'Utilities.newBlob',
    ],
    expected: [true, 'ghi-chu.txt', 'text/plain'],
    run: (c) => {
      const folder = c.folder();
      const found = DriveApp.getFoldersByName(folder.getName());
      const file = folder.createFile(Utilities.newBlob('nội dung', 'text/plain', 'ghi-chu.txt'));
      return [found.hasNext(), DriveApp.getFileById(file.getId()).getName(), file.getMimeType()];
    },
  },
  {
    name: 'getFileById of a Doc; getUrl is a Google address; moveTo puts it in a folder',
    source: `${REF}/drive/file#movetodestination`,
    covers: ['DriveApp.getFileById', 'File.getUrl', 'File.moveTo'],
    expected: [true, true],
    run: (c) => {
      const doc = c.doc();
      const folder = c.folder();
      const file = DriveApp.getFileById(doc.getId());
      file.moveTo(folder);
      return [/^https:\/\/docs\.google\.com\//.test(file.getUrl()), folder.getFiles().hasNext()];
    },
  },
  {
    name: "a Doc as 'application/pdf' is a PDF blob named after the Doc",
    source: `${REF}/drive/file#getascontenttype`,
    covers: ['DriveApp.getFileById', 'File.getAs', 'Blob.setName'],
    expected: ['application/pdf', 'Báo cáo.pdf'],
    run: (c) => {
      const doc = c.doc();
      const pdf = DriveApp.getFileById(doc.getId()).getAs('application/pdf').setName('Báo cáo.pdf');
      return [pdf.getContentType(), pdf.getName()];
    },
  },
  {
    name: 'a daily trigger: handler, unique id, listed, deleted',
    source: `${REF}/script/clock-trigger-builder`,
    covers: [
      'ScriptApp.newTrigger',
      'TriggerBuilder.timeBased',
      'ClockTriggerBuilder.everyDays',
      'ClockTriggerBuilder.atHour',
      'ClockTriggerBuilder.inTimezone',
      'ClockTriggerBuilder.create',
      'ScriptApp.getProjectTriggers',
      'Trigger.getHandlerFunction',
      'Trigger.getUniqueId',
    ],
    expected: ['parityHandler', true, true, false],
    run: () => {
      const t = ScriptApp.newTrigger('parityHandler')
        .timeBased()
        .everyDays(1)
        .atHour(7)
        .inTimezone('Asia/Ho_Chi_Minh')
        .create();
      const listed = ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === t.getUniqueId());
      const id = t.getUniqueId();
      ScriptApp.deleteTrigger(t);
      return [
        t.getHandlerFunction(),
        id.length > 0,
        listed,
        ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id),
      ];
    },
  },
  {
    name: 'an on-edit trigger for the spreadsheet: made, listed, deleted',
    source: `${REF}/script/spreadsheet-trigger-builder#onedit`,
    covers: [
      'ScriptApp.newTrigger',
      'TriggerBuilder.forSpreadsheet',
      'SpreadsheetTriggerBuilder.onEdit',
      'SpreadsheetTriggerBuilder.create',
      'ScriptApp.getProjectTriggers',
      'SpreadsheetApp.getActiveSpreadsheet',
    ],
    expected: ['ON_EDIT', true],
    run: () => {
      const t = ScriptApp.newTrigger('parityOnEdit')
        .forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet())
        .onEdit()
        .create();
      const listed = ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === t.getUniqueId());
      const type = String(t.getEventType());
      ScriptApp.deleteTrigger(t);
      return [type, listed];
    },
  },
  {
    name: 'script and document properties keep strings; a missing key is null',
    source: `${REF}/properties/properties#getpropertykey`,
    covers: [
      'PropertiesService.getScriptProperties',
      'PropertiesService.getDocumentProperties',
      'Properties.setProperty',
      'Properties.getProperty',
    ],
    expected: ['42', 'có', null],
    run: (c) => {
      const script = PropertiesService.getScriptProperties();
      const doc = PropertiesService.getDocumentProperties();
      script.setProperty('PARITY_N', 42 as unknown as string);
      doc.setProperty('PARITY_T', 'có');
      c.cleanUp(() => {
        script.deleteProperty('PARITY_N');
        doc.deleteProperty('PARITY_T');
      });
      return [script.getProperty('PARITY_N'), doc.getProperty('PARITY_T'), doc.getProperty('PARITY_NONE')];
    },
  },
  {
    name: 'the script lock: tryLock succeeds when free, hasLock follows releaseLock',
    source: `${REF}/lock/lock#trylocktimeoutinmillis`,
    covers: ['LockService.getScriptLock', 'Lock.tryLock', 'Lock.releaseLock'],
    expected: [true, true, false],
    run: () => {
      const lock = LockService.getScriptLock();
      const got = lock.tryLock(1000);
      const held = lock.hasLock();
      lock.releaseLock();
      return [got, held, lock.hasLock()];
    },
  },
  {
    name: 'the script cache keeps a string until removed',
    source: `${REF}/cache/cache#putkey,-value,-expirationinseconds`,
    covers: [],
    expected: ['v', null],
    run: () => {
      const cache = CacheService.getScriptCache();
      cache.put('parity', 'v', 60);
      const got = cache.get('parity');
      cache.remove('parity');
      return [got, cache.get('parity')];
    },
  },
  {
    name: 'Session: the effective user has an email; the active user is that user when they run it themselves',
    source: `${REF}/base/session#getactiveuser`,
    covers: ['Session.getActiveUser', 'Session.getEffectiveUser', 'User.getEmail'],
    expected: [true, true],
    run: () => {
      const me = Session.getEffectiveUser().getEmail();
      return [/@/.test(me), Session.getActiveUser().getEmail() === me];
    },
  },
  {
    name: 'formatDate with SimpleDateFormat patterns in Asia/Ho_Chi_Minh',
    source: `${REF}/utilities/utilities#formatdatedate,-timezone,-format`,
    covers: ['Utilities.formatDate'],
    expected: ['15/03/2026 08:05', '2026-03-15', 'Sun, 15 Mar 2026'],
    run: () => {
      const d = new Date('2026-03-15T01:05:00Z');
      return ['dd/MM/yyyy HH:mm', 'yyyy-MM-dd', 'EEE, d MMM yyyy'].map((f) =>
        Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', f),
      );
    },
  },
  {
    name: "formatDate 'YYYY' is the week year",
    source: 'Java SimpleDateFormat (Y: week year), which Utilities.formatDate uses',
    covers: ['Utilities.formatDate'],
    expected: ['2026', '2025'],
    run: () =>
      ['YYYY', 'yyyy'].map((f) => Utilities.formatDate(new Date('2025-12-29T05:00:00Z'), 'Asia/Ho_Chi_Minh', f)),
  },
  {
    name: "parseDate: 'yy' within 80 years back, adjacent fields by width, month names",
    source: 'Java SimpleDateFormat (two-digit years, adjacent numeric fields)',
    covers: [],
    expected: ['1947-02-01', '2026-03-15', '2026-03-15'],
    run: () =>
      [
        ['01/02/47', 'dd/MM/yy'],
        ['20260315', 'yyyyMMdd'],
        ['15 Mar 2026', 'dd MMM yyyy'],
      ].map(([t, f]) => Utilities.parseDate(t!, 'UTC', f!).toISOString().slice(0, 10)),
  },
  {
    name: 'computeDigest hashes a string as US-ASCII unless UTF_8 is named',
    source: 'gas-fakes test/testutilities.js ("utilities digest")',
    covers: [],
    expected: [
      [-22, 3, -4, -72],
      [-71, 89, 42, -99],
    ],
    run: () => [
      Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, '€🙂').slice(0, 4),
      Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, '€🙂', Utilities.Charset.UTF_8).slice(0, 4),
    ],
  },
  {
    name: 'newBlob keeps its bytes, type and name',
    source: `${REF}/utilities/utilities#newblobdata,-contenttype,-name`,
    covers: ['Utilities.newBlob'],
    expected: ['xin chào', 'text/plain', 'a.txt'],
    run: () => {
      const b = Utilities.newBlob('xin chào', 'text/plain', 'a.txt');
      return [b.getDataAsString(), b.getContentType(), b.getName()];
    },
  },
  {
    name: 'the MimeType global names Drive’s MIME types',
    source: 'gas-fakes test/testmimetype.js',
    covers: [],
    expected: ['application/vnd.google-apps.document', 'application/pdf', 'text/plain'],
    run: () => {
      // The DOM typings also name a MimeType; Apps Script's is the global.
      const mime = (globalThis as unknown as { MimeType: GoogleAppsScript.Base.MimeType }).MimeType;
      return [mime.GOOGLE_DOCS, mime.PDF, mime.PLAIN_TEXT];
    },
  },
  {
    name: 'MailApp: the remaining quota is a number; a message to oneself goes out and takes one recipient',
    source: `${REF}/mail/mail-app#getremainingdailyquota`,
    covers: ['MailApp.getRemainingDailyQuota', 'MailApp.sendEmail', 'Session.getEffectiveUser'],
    expected: [true, 1],
    run: () => {
      const before = MailApp.getRemainingDailyQuota();
      MailApp.sendEmail(Session.getEffectiveUser().getEmail(), '[parity] thử', 'Thư thử của bộ kiểm tra đối chiếu.', {
        name: 'Sổ theo dõi CCHC',
        htmlBody: '<p>Thư thử</p>',
      });
      return [typeof before === 'number', before - MailApp.getRemainingDailyQuota()];
    },
  },
  {
    name: 'an invalid address is refused with Apps Script’s text',
    source: `${REF}/mail/mail-app#sendemailrecipient,-subject,-body`,
    covers: ['MailApp.sendEmail'],
    expected: { error: 'Invalid email: khong-phai-email' },
    run: () => thrown(() => MailApp.sendEmail('khong-phai-email', 's', 'b')),
  },
  {
    name: 'a template from a file: scriptlets print escaped, <?!= prints raw; width and height read back',
    source: `${REF}/html/html-template`,
    covers: [
      'HtmlService.createTemplateFromFile',
      'HtmlTemplate.evaluate',
      'HtmlOutput.setWidth',
      'HtmlOutput.setHeight',
    ],
    expected: ['<p>a &lt;b&gt;</p><i>raw</i>', 400, 300],
    run: () => {
      const t = HtmlService.createTemplateFromFile('parity');
      Object.assign(t, { name: 'a <b>' });
      const out = t.evaluate().setWidth(400).setHeight(300);
      return [out.getContent().trim(), out.getWidth(), out.getHeight()];
    },
  },
  {
    name: 'a menu with items and a separator is added to the Ui',
    source: `${REF}/base/menu`,
    covers: ['SpreadsheetApp.getUi', 'Ui.createMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi'],
    interactive: true,
    expected: { error: null },
    run: () =>
      thrown(() =>
        SpreadsheetApp.getUi()
          .createMenu('Đối chiếu')
          .addItem('Chạy', 'runParity')
          .addSeparator()
          .addItem('Lại', 'runParity')
          .addToUi(),
      ),
  },
  {
    name: 'an alert answered OK returns the OK button; a modal dialog opens',
    source: `${REF}/base/ui#alertprompt`,
    covers: [
      'SpreadsheetApp.getUi',
      'Ui.alert',
      'Ui.showModalDialog',
      'HtmlService.createTemplateFromFile',
      'HtmlTemplate.evaluate',
    ],
    interactive: true,
    expected: ['OK', null],
    run: () => {
      const ui = SpreadsheetApp.getUi();
      const button = ui.alert('Bộ đối chiếu: bấm OK');
      const t = HtmlService.createTemplateFromFile('parity');
      Object.assign(t, { name: 'hộp thoại' });
      return [String(button), ui.showModalDialog(t.evaluate(), 'Đối chiếu') ?? null];
    },
  },
];
