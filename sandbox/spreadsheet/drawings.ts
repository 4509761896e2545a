// Over-grid images (with "Assign script") and embedded charts: anchored to a cell, moved with rows
// and columns. Charts are recorded (type, ranges, options), never rendered.
import { notSupported } from '../env';
import { SpreadsheetObject, StoredRangesObject, sheetRectOf, type Implements, type SheetRect } from './base';

export interface ImageData {
  id: number;
  source: { kind: 'url'; url: string } | { kind: 'blob'; contentType: string; name: string; bytes: number[] };
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  script: string;
  altTitle: string;
  altDescription: string;
}

export interface ChartData {
  id: number;
  chartType: string;
  ranges: SheetRect[];
  options: Record<string, unknown>;
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
}

type GasImage = GoogleAppsScript.Spreadsheet.OverGridImage;
export class OverGridImage
  extends SpreadsheetObject
  implements
    Implements<
      GasImage,
      | 'assignScript'
      | 'getScript'
      | 'getAltTextTitle'
      | 'getAltTextDescription'
      | 'setAltTextTitle'
      | 'setAltTextDescription'
      | 'getHeight'
      | 'getWidth'
      | 'setHeight'
      | 'setWidth'
      | 'getAnchorCellXOffset'
      | 'getAnchorCellYOffset'
      | 'getUrl'
      | 'remove'
      | 'getInherentHeight'
    >
{
  readonly className = 'OverGridImage';
  constructor(
    readonly data: ImageData,
    private readonly onRemove: (d: ImageData) => void,
  ) {
    super();
  }
  assignScript(functionName: string): this {
    this.data.script = String(functionName);
    return this;
  }
  getScript(): string {
    return this.data.script;
  }
  getAltTextTitle(): string {
    return this.data.altTitle;
  }
  getAltTextDescription(): string {
    return this.data.altDescription;
  }
  setAltTextTitle(title: string): this {
    this.data.altTitle = String(title);
    return this;
  }
  setAltTextDescription(description: string): this {
    this.data.altDescription = String(description);
    return this;
  }
  getHeight(): number {
    return this.data.height;
  }
  getWidth(): number {
    return this.data.width;
  }
  setHeight(height: number): this {
    this.data.height = height;
    return this;
  }
  setWidth(width: number): this {
    this.data.width = width;
    return this;
  }
  getAnchorCellXOffset(): number {
    return this.data.offsetX;
  }
  getAnchorCellYOffset(): number {
    return this.data.offsetY;
  }
  getUrl(): string {
    return this.data.source.kind === 'url' ? this.data.source.url : '';
  }
  remove(): void {
    this.onRemove(this.data);
  }
  getInherentHeight(): number {
    return notSupported('OverGridImage.getInherentHeight');
  }
}

type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
const cloneChart = (d: ChartData): ChartData => ({ ...d, ranges: [...d.ranges], options: { ...d.options } });

export class EmbeddedChart
  extends StoredRangesObject<ChartData>
  implements Implements<GasChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify' | 'getContainerInfo'>
{
  readonly className = 'EmbeddedChart';
  getChartId(): number {
    return this.data.id;
  }
  getId(): string {
    return `u${this.data.id}`;
  }
  getOptions(): { get(option: string): unknown } {
    const options = this.data.options;
    return { get: (option: string) => options[option] ?? null };
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(cloneChart(this.data), this.rangeOf);
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const d = this.data;
    return {
      getAnchorRow: () => d.anchorRow,
      getAnchorColumn: () => d.anchorCol,
      getOffsetX: () => d.offsetX,
      getOffsetY: () => d.offsetY,
    };
  }
}

type GasChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
export class EmbeddedChartBuilder
  extends StoredRangesObject<ChartData>
  implements
    Implements<
      GasChartBuilder,
      'setChartType' | 'addRange' | 'clearRanges' | 'setOption' | 'setPosition' | 'build' | 'getChartType' | 'getRanges'
    >
{
  readonly className = 'EmbeddedChartBuilder';
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.data.chartType = String(type);
    return this;
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.data.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.data.ranges.push(sheetRectOf(range));
    return this;
  }
  clearRanges(): this {
    this.data.ranges = [];
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.data.options[option] = value;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    Object.assign(this.data, { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY });
    return this;
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(cloneChart(this.data), this.rangeOf);
  }
}
