/**
 * The effective configuration: `.bra.jsonc` at the workspace root, with the `behorighet.*` settings over it
 * (a setting counts only where the user set it; the defaults of the settings are the engine's defaults).
 */
import * as vscode from 'vscode';
import type { BraConfig, Lang, SeverityOverride, Thresholds } from '../model';
import { resolveLang } from '../i18n';
import { DEFAULT_GLOBS, parseConfig } from '../engine';

export interface Effective {
  config: BraConfig;
  lang: Lang;
  asOf: string;
  globs: string[];
  /** Errors in `.bra.jsonc` (one line each). */
  errors: string[];
}

const THRESHOLD_KEYS: Exclude<keyof Thresholds, 'sensitiveSpecialties'>[] = ['consequenceMinChars', 'coarseHeadcount', 'sjfMirrorMinRoles', 'reviewMaxMonths', 'logIntervalMaxDays', 'logRetentionMinYears'];

function isSet<T>(c: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = c.inspect<T>(key);
  if (!i) return undefined;
  return (i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue) as T | undefined;
}

/** Today as YYYY-MM-DD in local time. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export class Settings {
  private jsonc: BraConfig = {};
  private jsoncErrors: string[] = [];

  /** The `.bra.jsonc` of the first workspace folder (absent: empty). */
  async reload(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.jsonc = {};
    this.jsoncErrors = [];
    if (!folder) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.bra.jsonc'));
      const { config, errors } = parseConfig(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
      this.jsonc = config;
      this.jsoncErrors = errors;
    } catch {
      // no .bra.jsonc
    }
  }

  get(): Effective {
    const c = vscode.workspace.getConfiguration('behorighet');
    const lang = resolveLang(isSet<string>(c, 'language') ?? this.jsonc.language ?? 'sv', vscode.env.language);
    const rules = { ...(this.jsonc.rules ?? {}), ...(isSet<Record<string, SeverityOverride>>(c, 'rules') ?? {}) };
    const thresholds: Partial<Thresholds> = { ...(this.jsonc.thresholds ?? {}) };
    for (const k of THRESHOLD_KEYS) {
      const v = isSet<number>(c, `thresholds.${k}`);
      if (typeof v === 'number') thresholds[k] = v;
    }
    const specialties = isSet<unknown>(c, 'thresholds.sensitiveSpecialties');
    if (Array.isArray(specialties)) thresholds.sensitiveSpecialties = specialties.filter((x): x is string => typeof x === 'string');
    const globs = isSet<string[]>(c, 'files') ?? this.jsonc.files ?? DEFAULT_GLOBS;
    const asOfSetting = c.get<string | null>('asOf');
    const asOf = typeof asOfSetting === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOfSetting) ? asOfSetting : today();
    return { config: { rules, thresholds, files: globs }, lang, asOf, globs, errors: this.jsoncErrors };
  }
}
