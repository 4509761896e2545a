// Charts: only the enums an embedded Sheets chart needs (Sheet.newChart().setChartType). Standalone
// charts (newBarChart, newDataTable…) are not modelled and throw.
import { notSupported, SandboxObject } from '../env';
import { enumOf } from './support';

const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

export class ChartsImpl extends SandboxObject {
  readonly serviceName = 'Charts';
  readonly className = 'Charts';
  /** Each member is its own name, as the embedded chart builder records it. */
  readonly ChartType = enumOf(...CHART_TYPES);
  readonly Position = enumOf('TOP', 'BOTTOM', 'RIGHT', 'NONE');
  readonly Orientation = enumOf('HORIZONTAL', 'VERTICAL');
  newBarChart(): never {
    return notSupported('Charts.newBarChart');
  }
  newDataTable(): never {
    return notSupported('Charts.newDataTable');
  }
}
