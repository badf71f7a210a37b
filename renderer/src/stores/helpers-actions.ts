import type { MethodInput } from '../../../shared/ipc/contract';
import { api } from '../bridge';

/**
 * Writes of the helper profiles. Each makes the main process announce `helpersChanged`, which
 * refreshes the queries that list them (Réglages, preparation, signing, the history's filter).
 */
export const addHelper = (input: MethodInput<'addHelper'>) => api().addHelper(input);
export const updateHelper = (input: MethodInput<'updateHelper'>) => api().updateHelper(input);
export const retireHelper = (id: string) => api().retireHelper({ id });
export const restoreHelper = (id: string) => api().restoreHelper({ id });
export const deleteHelper = (id: string) => api().deleteHelper({ id });
export const setHelperPin = (input: MethodInput<'setHelperPin'>) => api().setHelperPin(input);
export const removeHelperPin = (input: MethodInput<'removeHelperPin'>) => api().removeHelperPin(input);
