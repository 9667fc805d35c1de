import type { Rule } from '../rule.ts';
import type { CriterionId } from '../schema.ts';
import apology from './apology.ts';
import channelFit from './channel-fit.ts';
import civility from './civility.ts';
import crisisUpdate from './crisis-update.ts';
import empathy from './empathy.ts';
import explainedRefusal from './explained-refusal.ts';
import nextStep from './next-step.ts';
import noContradiction from './no-contradiction.ts';
import noDownplaying from './no-downplaying.ts';
import personal from './personal.ts';
import responsiveness from './responsiveness.ts';
import takePrivate from './take-private.ts';
import thanks from './thanks.ts';
import trollHandling from './troll-handling.ts';
import wording from './wording.ts';

/** Every criterion of the rubric, by id. Adding a criterion: one file in this folder and one line here. */
export const RULES: { readonly [Id in CriterionId]: Rule<Id> } = {
  apology,
  'channel-fit': channelFit,
  civility,
  'crisis-update': crisisUpdate,
  empathy,
  'explained-refusal': explainedRefusal,
  'next-step': nextStep,
  'no-contradiction': noContradiction,
  'no-downplaying': noDownplaying,
  personal,
  responsiveness,
  'take-private': takePrivate,
  thanks,
  'troll-handling': trollHandling,
  wording,
};
