import { db } from '../db';
import { starterTemplates } from './starter-template';

const SEEDED_KEY = 'templates-seeded';

/**
 * Put the starter templates in the library once, on first run (a marker in `meta` remembers
 * it, so templates the team deleted or edited are never brought back). Returns how many were added.
 */
export async function seedStarterTemplates(now = new Date()): Promise<number> {
  return db.transaction('rw', db.templates, db.meta, async () => {
    if (await db.meta.get(SEEDED_KEY)) return 0;
    const starters = starterTemplates(now);
    const existing = new Set((await db.templates.toArray()).map((template) => template.id));
    const fresh = starters.filter((template) => !existing.has(template.id));
    await db.templates.bulkAdd(fresh);
    await db.meta.put({ key: SEEDED_KEY, value: now.toISOString() });
    return fresh.length;
  });
}
