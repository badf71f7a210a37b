import { api } from '../bridge';
import { refreshQueries } from './query';

/** Réglages: the setting settings.json holds is confirmed; the next start applies it. */
export async function confirmRetentionSetting() {
  const r = await api().confirmRetentionSetting({});
  refreshQueries('getRetentionSettingCheck');
  return r;
}

/** The start-up purge notice is shown until the helper dismisses it. */
export async function dismissRetentionNotice() {
  const r = await api().dismissRetentionNotice({});
  refreshQueries('getRetentionNotice');
  return r;
}
