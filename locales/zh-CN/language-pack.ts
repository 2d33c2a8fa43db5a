import { zhCN as dateLocale } from 'date-fns/locale/zh-CN';
import type { LanguagePack } from '../language-packs';
import { zhCN } from './index';

/** Simplified Chinese, loaded on demand by locales/language-packs.ts. */
export const pack: LanguagePack = { catalogue: zhCN, dateLocale };
