import type { MethodInput } from '../../../shared/ipc/contract';
import { api } from '../bridge';
import { useLockStore } from './lock-store';

/**
 * Writes of the helper profiles. Each makes the main process announce `helpersChanged`, which
 * refreshes the queries that list them (Réglages, preparation, signing, the history's filter).
 */
export const addHelper = (input: MethodInput<'addHelper'>) => api().addHelper(input);
export const updateHelper = (input: MethodInput<'updateHelper'>) => api().updateHelper(input);
export const retireHelper = (id: string) => refreshingLock(api().retireHelper({ id }));
export const restoreHelper = (id: string) => refreshingLock(api().restoreHelper({ id }));
export const deleteHelper = (id: string) => refreshingLock(api().deleteHelper({ id }));
export const setHelperPin = (input: MethodInput<'setHelperPin'>) => refreshingLock(api().setHelperPin(input));
export const removeHelperPin = (input: MethodInput<'removeHelperPin'>) => refreshingLock(api().removeHelperPin(input));

/** Which profiles hold a PIN decides whether « Verrouiller » is offered in the compact panel. */
async function refreshingLock<T>(write: Promise<T>): Promise<T> {
  const r = await write;
  await useLockStore.getState().load();
  return r;
}
