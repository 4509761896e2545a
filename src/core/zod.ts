// The zod every schema in src/ uses: zod/mini, whose functions tree-shake (classic zod added ~800 KB
// to the bundle, which Apps Script evaluates on every run). Mini registers no messages of its own,
// so this registers zod's Vietnamese ones: a message a schema does not set (an unknown choice in
// Cấu hình, say) still reaches the user in Vietnamese. Import it as `import * as z`.
import { config } from 'zod/mini';
import { vi } from 'zod/locales';

config(vi());

export * from 'zod/mini';
