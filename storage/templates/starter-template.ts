import type { ContactReason, TemplateLanguage, TemplateVersion } from '../../rules/templates/template-schema';
import { STARTER_DE } from './starter-templates-de';
import { STARTER_EN } from './starter-templates-en';

/** One starter template as written in the per-language files. */
export interface StarterTemplate {
  /** The case, shared by its translations: the id is `starter-<key>-<language>`. */
  key: string;
  name: string;
  reason: ContactReason;
  body: string;
}

const BY_LANGUAGE: ReadonlyArray<[TemplateLanguage, readonly StarterTemplate[]]> = [
  ['en', STARTER_EN],
  ['de', STARTER_DE],
];

/** Every starter template as version 1, stamped `at`. */
export function starterTemplates(at: Date): TemplateVersion[] {
  const stamp = at.toISOString();
  return BY_LANGUAGE.flatMap(([language, templates]) =>
    templates.map(({ key, name, reason, body }) => ({
      id: `starter-${key}-${language}`,
      version: 1,
      archived: false,
      name,
      reason,
      language,
      body,
      createdAt: stamp,
      updatedAt: stamp,
      author: 'Seller Guard',
    })),
  );
}
