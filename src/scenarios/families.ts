import { actions } from './families/actions.js';
import { consent } from './families/consent.js';
import { exception } from './families/exception.js';
import { isp } from './families/isp.js';
import { launch } from './families/launch.js';
import { refund } from './families/refund.js';
import { resume } from './families/resume.js';
import { robust } from './families/robust.js';
import { sessionEnded } from './families/session-ended.js';
import { security } from './families/security.js';
import { slots } from './families/slots.js';
import type { Family } from './family.js';

/** Every scenario family, in report order. One Playwright spec file each. */
export const FAMILIES: readonly Family[] = [launch, actions, consent, slots, resume, exception, refund, sessionEnded, robust, isp, security];

export const familyByName = (name: string): Family | undefined => FAMILIES.find((f) => f.name === name);
