/** What the in-page probe (probe.ts) offers the drivers, and how they name elements. */
/** A name as the journeys write it: exact text, or a RegExp sent as its source and flags. */
export type WireName = string | { readonly source: string; readonly flags: string };

export interface WireQuery {
  readonly css?: string;
  readonly role?: string;
  readonly name?: WireName;
  readonly text?: WireName;
  readonly within?: WireQuery;
  /** Which match when several do; without it, more than one match is an error. */
  readonly nth?: number;
}

export interface CrossProbe {
  readonly errors: string[];
  find(query: WireQuery): Element;
  count(query: WireQuery): number;
  text(query: WireQuery): string;
  attribute(query: WireQuery, name: string): string | null;
  setValue(query: WireQuery, value: string): void;
  selectLabel(query: WireQuery, label: string): void;
  focusAndSelect(query: WireQuery): void;
  clickPoint(query: WireQuery): { readonly x: number; readonly y: number };
  inViewport(query: WireQuery): boolean;
  clippedMenus(): string[];
  coveredText(selector: string): string[];
}

declare global {
  interface Window {
    __cross?: CrossProbe;
  }
}
