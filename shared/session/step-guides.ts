import { msg, type Message, type MessageKey } from '../messages/message';
import { LABEL_PARAMS } from './quick-assist-labels';
import type { StepId } from './step-ids';

/**
 * What the panel tells the helper at each step: its title and one line saying what to do now.
 * Meant for the helper, so keyed (shared/messages/fr/guide.ts and en/guide.ts) and shown in the UI
 * language; what the helper says to the person stays French (talking-points.ts).
 */
export interface StepGuide {
  title: MessageKey;
  instruction: MessageKey;
}

export const STEP_GUIDES: Readonly<Record<StepId, StepGuide>> = {
  preparation: { title: 'stepTitle.preparation', instruction: 'stepGuide.preparation' },
  call: { title: 'stepTitle.call', instruction: 'stepGuide.call' },
  code: { title: 'stepTitle.code', instruction: 'stepGuide.code' },
  entry: { title: 'stepTitle.entry', instruction: 'stepGuide.entry' },
  share: { title: 'stepTitle.share', instruction: 'stepGuide.share' },
  control: { title: 'stepTitle.control', instruction: 'stepGuide.control' },
  work: { title: 'stepTitle.work', instruction: 'stepGuide.work' },
  end_control: { title: 'stepTitle.endControl', instruction: 'stepGuide.endControl' },
  end_sharing: { title: 'stepTitle.endSharing', instruction: 'stepGuide.endSharing' },
  recap: { title: 'stepTitle.recap', instruction: 'stepGuide.recap' },
  questions: { title: 'stepTitle.questions', instruction: 'stepGuide.questions' },
  closing: { title: 'stepTitle.closing', instruction: 'stepGuide.closing' },
};

/** A step's title as a message: a refusal quotes it, the renderer shows it in the UI language. */
export function stepTitle(step: StepId): Message {
  return msg(STEP_GUIDES[step].title);
}

/** What to do now at `step`, the Quick Assist labels it quotes taken from quick-assist-labels.ts. */
export function stepInstruction(step: StepId): Message {
  return msg(STEP_GUIDES[step].instruction, LABEL_PARAMS);
}
