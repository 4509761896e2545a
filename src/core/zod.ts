// The zod every schema in src/ uses: zod/mini, whose functions tree-shake (classic zod added ~800 KB
// to the bundle, which Apps Script evaluates on every run). Classic zod registers its English
// messages on first use and mini does not, so this registers them: a message a schema does not set
// (an unknown choice in Cấu hình, say) reads as it always did. Import it as `import * as z`.
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());

export * from 'zod/mini';
