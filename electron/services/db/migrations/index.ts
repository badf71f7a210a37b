import type { Migration } from '../types';
import { m0001Persons } from './0001-persons';
import { m0002Mandates } from './0002-mandates';
import { m0003Sessions } from './0003-sessions';
import { m0004Tombstones } from './0004-tombstones';
import { m0005HistorySearch } from './0005-history-search';
import { m0006ChainCheckpoints } from './0006-chain-checkpoints';
import { m0007RetentionRuns } from './0007-retention-runs';
import { m0008SearchCatchUp } from './0008-search-catch-up';
import { m0009NoEventCount } from './0009-no-event-count';
import { m0010ChainRuns } from './0010-chain-runs';
import { m0011CodeRedaction } from './0011-code-redaction';
import { m0012TamperEvidence } from './0012-tamper-evidence';
import { m0013PersonEquipment } from './0013-person-equipment';
import { m0014Helpers } from './0014-helpers';
import { m0015HelperPins } from './0015-helper-pins';
import { m0016EventRowidOnly } from './0016-event-rowid-only';
import { m0017FolderFacts } from './0017-folder-facts';

/** In order. Append only. */
export const migrations: readonly Migration[] = [m0001Persons, m0002Mandates, m0003Sessions, m0004Tombstones, m0005HistorySearch, m0006ChainCheckpoints, m0007RetentionRuns, m0008SearchCatchUp, m0009NoEventCount, m0010ChainRuns, m0011CodeRedaction, m0012TamperEvidence, m0013PersonEquipment, m0014Helpers, m0015HelperPins, m0016EventRowidOnly, m0017FolderFacts];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
