import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from './audit/audit-schema';
import type { CaptureImageRecord, CaptureRecord } from './capture/capture-schema';
import type { CaptureThumb } from './capture/capture-thumb-schema';
import type { ChainEvent } from './chain/chain-event-schema';
import { SCHEMA_HISTORY } from './schema-history';
import type { TeamAttestationRecord, TeamEntryVersions, TeamOutboxRecord, TeamVersionPage } from './team/team-outbox-schema';
import type { TemplateVersion } from '../rules/templates/template-schema';
import type { WatchlistChunk } from './watchlist/watchlist-chunks';

interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Seller Guard's one IndexedDB database. It lives in the extension's origin: the background,
 * popup and options pages open it; content scripts never do (they would open Seller
 * Central's origin instead) and go through messaging.
 */
export class SellerGuardDb extends Dexie {
  audit!: EntityTable<AuditEntry, 'id'>;
  watchlistChunks!: EntityTable<WatchlistChunk, 'id'>;
  captures!: EntityTable<CaptureRecord, 'id'>;
  captureImages!: EntityTable<CaptureImageRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  chainEvents!: EntityTable<ChainEvent, 'seq'>;
  captureThumbs!: EntityTable<CaptureThumb, 'id'>;
  teamOutbox!: EntityTable<TeamOutboxRecord, 'seq'>;
  teamEntries!: EntityTable<TeamEntryVersions, 'id'>;
  teamVersionPages!: EntityTable<TeamVersionPage, 'id'>;
  teamAttestations!: EntityTable<TeamAttestationRecord, 'captureId'>;
  templates!: Dexie.Table<TemplateVersion, [string, number]>;

  constructor(name = 'seller-guard') {
    super(name);
    for (const step of SCHEMA_HISTORY) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export const db = new SellerGuardDb();
