import { db } from '../db';

/** Longest span of chain positions whose links are listed in `chain.gaps`. */
const MAX_GAP_SPAN = 20_000;

/** Links of archive captures between the first and last exported one that the pack leaves out. */
export async function gapLinks(seqs: readonly number[]): Promise<{ gaps: { seq: number; prevHash: string; hash: string }[]; gapsOmitted: boolean }> {
  if (seqs.length < 2) return { gaps: [], gapsOmitted: false };
  const [min, max] = [seqs[0]!, seqs.at(-1)!];
  if (max - min + 1 - seqs.length === 0) return { gaps: [], gapsOmitted: false };
  if (max - min > MAX_GAP_SPAN) return { gaps: [], gapsOmitted: true };
  const exported = new Set(seqs);
  const gaps: { seq: number; prevHash: string; hash: string }[] = [];
  await db.captures
    .where('seq')
    .between(min, max)
    .each((r) => {
      if (!exported.has(r.seq)) gaps.push({ seq: r.seq, prevHash: r.prevHash, hash: r.hash });
    });
  return { gaps, gapsOmitted: false };
}
