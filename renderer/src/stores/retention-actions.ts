import { api } from '../bridge';
import { refreshQueries } from './query';

/** The start-up purge notice is shown until the helper dismisses it. */
export async function dismissRetentionNotice() {
  const r = await api().dismissRetentionNotice({});
  refreshQueries('getRetentionNotice');
  return r;
}
