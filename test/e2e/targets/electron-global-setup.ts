import { requireElectronRuntime } from './electron-runtime';

/** Electron target only: one clear failure before any test starts when there is no runtime to drive. */
export default function electronGlobalSetup() {
  requireElectronRuntime();
}
