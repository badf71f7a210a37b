/**
 * While a command is in flight a control is marked unavailable, not `disabled`: Chromium drops
 * the focus of an element that becomes disabled, so a keyboard user pressing Enter or Space
 * would be left on the page body. The session store ignores commands sent meanwhile.
 */
export function busyProps(busy: boolean): { 'aria-disabled'?: true } {
  return busy ? { 'aria-disabled': true } : {};
}
