import { de as dateLocale } from 'date-fns/locale/de';
import type { LanguagePack } from '../language-packs';
import { de } from './index';

/** German, loaded on demand by locales/language-packs.ts. */
export const pack: LanguagePack = { catalogue: de, dateLocale };
