import type { guide as french } from '../fr/guide';

/**
 * Quick Assist's labels: the person's Windows is French, so what they click is quoted in French with
 * the English beside it; the helper's own buttons are quoted in English, with the French beside them.
 */
export const guide: Record<keyof typeof french, string> = {
  'stepTitle.preparation': 'Preparation',
  'stepTitle.call': 'Call',
  'stepTitle.code': 'Security code',
  'stepTitle.entry': 'Code entry',
  'stepTitle.share': 'Screen sharing',
  'stepTitle.control': 'Taking control',
  'stepTitle.work': 'Work on the computer',
  'stepTitle.endControl': 'End of control',
  'stepTitle.recap': 'Recap',
  'stepTitle.questions': 'Final questions',
  'stepTitle.closing': 'Closing',

  'stepGuide.preparation': 'Check the signed mandate. Only hold a session with a person you called yourself or know.',
  'stepGuide.call': 'Call the person and check that they are ready, in front of their computer, switched on.',
  'stepGuide.code': 'In Quick Assist, click “Help someone” (« Aider quelqu’un »), then note the code shown.',
  'stepGuide.entry': 'Dictate the code: the person types it under « Obtenir de l’aide » (Get help) and submits.',
  'stepGuide.share': 'The person clicks « Autoriser » (Allow) to share their screen.',
  'stepGuide.control': 'Click “Request control” (« Demander le contrôle »); the person clicks « Autoriser » (Allow). Administrator prompts show on their side only: they click « Oui » (Yes).',
  'stepGuide.work': 'Do only what the mandate lists, and say each action out loud.',
  'stepGuide.endControl': 'Stop control and tell the person: they can close Quick Assist.',
  'stepGuide.recap': 'Go back over what was done, step by step, what remains, and what falls outside the mandate.',
  'stepGuide.questions': 'Ask whether there is anything else. Outside the mandate: offer a new session. Then ask whether they have any questions.',
  'stepGuide.closing': 'Check the end-of-session list, choose the outcome, then close.',

  'trouble.codeExpired.title': 'The code has expired',
  'trouble.codeExpired.check1': 'The countdown shows 00:00, or the person’s Quick Assist refuses the code.',
  'trouble.codeExpired.check2': 'Generate a new code with “Help someone” (« Aider quelqu’un ») and dictate it again.',
  'trouble.quickAssistNotFound.title': 'The person cannot find Quick Assist',
  'trouble.quickAssistNotFound.check1': 'Have them click the magnifier on the taskbar, at the bottom of the screen, then type « Assistance rapide » (Quick Assist on a French Windows).',
  'trouble.quickAssistNotFound.check2': 'Or have them press the Ctrl, Windows and Q keys together.',
  'trouble.quickAssistNotFound.check3': 'If it still cannot be found, it may not be installed on that PC: it installs from the Microsoft Store.',
  'trouble.adminPrompt.title': 'The screen is paused (administrator prompt)',
  'trouble.adminPrompt.check1': 'Your view is frozen: a Windows permission prompt is showing on the person’s side only.',
  'trouble.adminPrompt.check2': 'You cannot answer it for them: they must click themselves.',
  'trouble.allowNotClicked.title': '« Autoriser » (Allow) was not clicked',
  'trouble.allowNotClicked.check1': 'Nothing happens: the person has not yet accepted the sharing or the control.',
  'trouble.allowNotClicked.check2': 'The window may be hidden behind another one, or at the bottom of the screen.',
  'trouble.connectionDropped.title': 'The connection dropped',
  'trouble.connectionDropped.check1': 'Your Quick Assist window closed or no longer shows the screen.',
  'trouble.connectionDropped.check2': 'Check that you are still on the phone, then generate a new code.',
  'trouble.helperNotSignedIn.title': 'No Microsoft account is signed in on your side',
  'trouble.helperNotSignedIn.check1': '“Help someone” needs a Microsoft account: sign in with the association’s.',
  'trouble.helperNotSignedIn.check2': 'Without an Internet connection, Quick Assist cannot work.',
};
